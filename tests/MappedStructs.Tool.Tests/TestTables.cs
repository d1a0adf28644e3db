using System;
using MappedStructs.Tool.Tests.Layouts;

namespace MappedStructs.Tool.Tests;

/// <summary>Tables of the test layouts with values drawn from a seed, extremes included, written through the generated code.</summary>
internal static class TestTables
{
    private static readonly string[] s_symbols = ["AAPL", "MSFT", "BRK.B", "Ωmega", "TSLA", "日本"];

    public static string WriteTrades(string path, int count, int seed = 7)
    {
        var random = new Random(seed);
        using var table = MappedTable<Trade>.Create(path, Math.Max(count, 1));
        for (int i = 0; i < count; i++)
        {
            table.Append(new Trade
            {
                Id = i * 3L,
                Price = Math.Round(random.NextDouble() * 1000, 2),
                Quantity = random.Next(-50, 5000),
                Side = (Side)random.Next(1, 4),
                Symbol = s_symbols[random.Next(s_symbols.Length)],
            });
        }

        return path;
    }

    public static string WriteWide(string path, int count, bool bigEndian, int seed = 11)
    {
        var random = new Random(seed);
        if (bigEndian)
        {
            using var table = MappedTable<WideBig>.Create(path, Math.Max(count, 1));
            for (int i = 0; i < count; i++)
            {
                table.Append(ToBig(Wide(random, i)));
            }
        }
        else
        {
            using var table = MappedTable<Wide>.Create(path, Math.Max(count, 1));
            for (int i = 0; i < count; i++)
            {
                table.Append(Wide(random, i));
            }
        }

        return path;
    }

    private static Wide Wide(Random random, int i)
    {
        bool edge = i % 5 == 0;
        return new Wide
        {
            I128 = edge ? Int128.MinValue + i : (Int128)random.NextInt64() * random.NextInt64(),
            U128 = edge ? UInt128.MaxValue - (UInt128)i : (UInt128)(ulong)random.NextInt64() << 40,
            Id = new Guid(random.Next(), (short)random.Next(), (short)random.Next(), (byte)i, 2, 3, 4, 5, 6, 7, 8),
            I64 = edge ? long.MinValue + i : random.NextInt64(long.MinValue, long.MaxValue),
            U64 = edge ? ulong.MaxValue - (ulong)i : (ulong)random.NextInt64(),
            F64 = edge ? (i % 2 == 0 ? double.MaxValue : -0.0) : (random.NextDouble() - 0.5) * 1e9,
            When = edge ? DateTime.MinValue.AddTicks(i) : new DateTime(1900, 1, 1).AddTicks(random.NextInt64(0, 200L * 365 * TimeSpan.TicksPerDay)),
            Elapsed = TimeSpan.FromTicks(random.NextInt64(-1_000_000_000_000, 1_000_000_000_000)),
            I32 = edge ? int.MinValue + i : random.Next(int.MinValue, int.MaxValue),
            U32 = edge ? uint.MaxValue - (uint)i : (uint)random.NextInt64(0, uint.MaxValue),
            F32 = edge ? float.Epsilon : (float)(random.NextDouble() * 1e6),
            Values = [random.Next(), -random.Next(), i],
            Point = new Inner { X = random.Next(), Y = (short)random.Next() },
            Pair = [new Inner { X = i, Y = -1 }, new Inner { X = -i, Y = 2 }],
            I16 = (short)random.Next(short.MinValue, short.MaxValue),
            U16 = (ushort)random.Next(0, ushort.MaxValue),
            Letter = (char)random.Next(0x20, 0x2FFF),
            Small = (Half)(random.NextDouble() * 100),
            Level = (ushort)(i % 32),
            I24 = edge ? -(1 << 23) : random.Next(-(1 << 23), 1 << 23),
            U24 = edge ? (1u << 24) - 1 : (uint)random.Next(0, 1 << 24),
            Name = edge ? "full-10-ch" : s_symbols[random.Next(s_symbols.Length)],
            Code = i % 3 == 0 ? string.Empty : "C" + (i % 1000),
            I8 = (sbyte)random.Next(sbyte.MinValue, sbyte.MaxValue),
            U8 = (byte)random.Next(0, 256),
            Flag = random.Next(2) == 1,
            Side = (Side)random.Next(1, 4),
        };
    }

    private static WideBig ToBig(Wide w) => new()
    {
        I128 = w.I128,
        U128 = w.U128,
        Id = w.Id,
        I64 = w.I64,
        U64 = w.U64,
        F64 = w.F64,
        When = w.When,
        Elapsed = w.Elapsed,
        I32 = w.I32,
        U32 = w.U32,
        F32 = w.F32,
        Values = w.Values,
        Point = new InnerBig { X = w.Point.X, Y = w.Point.Y },
        Pair = [new InnerBig { X = w.Pair[0].X, Y = w.Pair[0].Y }, new InnerBig { X = w.Pair[1].X, Y = w.Pair[1].Y }],
        I16 = w.I16,
        U16 = w.U16,
        Letter = w.Letter,
        Small = w.Small,
        Level = w.Level,
        I24 = w.I24,
        U24 = w.U24,
        Name = w.Name,
        Code = w.Code,
        I8 = w.I8,
        U8 = w.U8,
        Flag = w.Flag,
        Side = w.Side,
    };
}
