using System;
using System.Linq;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Described;

/// <summary>Random records written through the generated views read back field by field, equal, through the described table.</summary>
public sealed class DescribedTablePropertyTests : IDisposable
{
    private static readonly Gen<string> s_ascii = Gen.Char['!', '~'].Array[0, 6].Select(c => new string(c));

    private static readonly Gen<BigMixed> s_bigMixed =
        Gen.Select(Gen.Long, Gen.Double, Gen.Int, Gen.Int[-8_388_608, 8_388_607], Gen.UInt[0, 16_777_215], Gen.UShort, s_ascii, Gen.Short.Array[3])
            .Select((id, price, quantity, delta, length, port, tag, levels) =>
                new BigMixed { Id = id, Price = price, Quantity = quantity, Delta = delta, Length = length, Port = port, Tag = tag, Levels = levels });

    private static readonly Gen<AllScalars> s_scalars =
        Gen.Select(Gen.Long, Gen.ULong, Gen.Int, Gen.UInt, Gen.Float, Gen.Short, Gen.Byte, Gen.Bool)
            .Select((l, ul, i, ui, f, s, b, flag) => new AllScalars
            {
                Huge = new Int128((ulong)l, ul),
                UHuge = new UInt128(ul, (ulong)l),
                Id = new Guid(i, s, (short)b, 1, 2, 3, 4, 5, 6, 7, 8),
                Signed64 = l,
                Unsigned64 = ul,
                Ratio = BitConverter.Int64BitsToDouble(l),
                When = new DateTime(Math.Abs(l % DateTime.MaxValue.Ticks)),
                Elapsed = TimeSpan.FromTicks(l),
                Signed32 = i,
                Unsigned32 = ui,
                Weight = f,
                Signed16 = s,
                Unsigned16 = (ushort)s,
                Letter = (char)(ushort)s,
                Half = (Half)f,
                Flag = flag,
                Byte = b,
                SByte = (sbyte)b,
                Spare = (byte)~b,
            });

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Random_big_endian_records_read_back_equal()
    {
        s_bigMixed.Array[1, 40].Sample(records =>
        {
            using DescribedTable table = WriteAndOpen(records);
            Assert.Equal(records.Length, table.Count);
            for (int row = 0; row < records.Length; row++)
            {
                BigMixed expected = records[row];
                Assert.Equal(expected.Id, table.GetInt64(row, 0));
                Assert.Equal(expected.Price, table.GetDouble(row, "Price"));
                Assert.Equal(expected.Quantity, table.GetInt32(row, "Quantity"));
                Assert.Equal(expected.Delta, table.GetInt64(row, "Delta"));
                Assert.Equal(expected.Length, table.GetUInt64(row, "Length"));
                Assert.Equal(expected.Port, table.GetValue(row, "Port"));
                Assert.Equal(expected.Tag, table.GetString(row, "Tag"));
                Assert.Equal(expected.Levels.Cast<object>(), (object[])table.GetValue(row, "Levels"));
            }
        }, iter: 60);
    }

    [Fact]
    public void Random_records_of_every_scalar_read_back_equal()
    {
        s_scalars.Array[1, 20].Sample(records =>
        {
            using DescribedTable table = WriteAndOpen(records);
            for (int row = 0; row < records.Length; row++)
            {
                AllScalars expected = records[row];
                object[] values =
                [
                    expected.Huge, expected.UHuge, expected.Id, expected.Signed64, expected.Unsigned64, expected.Ratio, expected.When,
                    expected.Elapsed, expected.Signed32, expected.Unsigned32, expected.Weight, expected.Signed16, expected.Unsigned16, expected.Letter,
                    expected.Half, expected.Flag, expected.Byte, expected.SByte, expected.Spare,
                ];
                for (int field = 0; field < values.Length; field++)
                {
                    Assert.Equal(values[field], table.GetValue(row, field));
                }
            }
        }, iter: 60);
    }

    private DescribedTable WriteAndOpen<T>(T[] records)
        where T : struct, IMappedLayout<T>
    {
        string path = _dir.File($"random-{Guid.NewGuid():N}.tbl");
        using (var table = MappedTable<T>.Create(path, 1))
        {
            foreach (T record in records)
            {
                table.Append(record);
            }
        }

        return DescribedTable.Open(path);
    }
}
