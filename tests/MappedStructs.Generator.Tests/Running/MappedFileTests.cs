using System;
using System.Buffers.Binary;
using System.IO;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.TestSupport;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Generated views over a real mapped file: written ReadWrite, flushed, reopened Read, every value back.</summary>
public sealed class MappedFileTests : IDisposable
{
    private const string Source = """
        using System;
        using MappedStructs;

        namespace Files;

        public enum Side : byte { Buy = 1, Sell = 2 }

        [MappedLayout(Size = 64)]
        public partial record struct Trade
        {
            [Field(0)]  public long Id { get; init; }
            [Field(8)]  public double Price { get; init; }
            [Field(16)] public int Quantity { get; init; }
            [Field(20)] public Side Side { get; init; }
            [Field(24), Utf8(16)] public string Symbol { get; init; }
            [Field(40), Atomic] public long Version { get; init; }
            [Field(48), FixedArray(4)] public short[] Samples { get; init; }
            [Field(56)] public DateTime When { get; init; }
        }

        public static class Probe
        {
            public static void Write(string path, int count)
            {
                using MappedFile file = MappedFile.Open(path, MapAccess.ReadWrite);
                using MappedView view = file.CreateView();
                for (int i = 0; i < count; i++)
                {
                    Trade.Ref trade = Trade.Ref.From(view, (long)i * Trade.Size);
                    trade.Id = 1000 + i;
                    trade.Price = 100.25 * i;
                    trade.Quantity = -i;
                    trade.Side = i % 2 == 0 ? Side.Buy : Side.Sell;
                    trade.Symbol = "SYM" + i;
                    trade.AddVersion(i + 1);
                    trade.Samples[i % 4] = (short)(i * 3);
                    trade.When = new DateTime(2026, 11, 27).AddSeconds(i);
                }

                file.Flush();
            }

            public static object[] Read(string path, int index)
            {
                using MappedFile file = MappedFile.Open(path, MapAccess.Read);
                using MappedView view = file.CreateView();
                Trade.ReadOnlyRef trade = Trade.ReadOnlyRef.From(view, (long)index * Trade.Size);
                return new object[] { trade.Id, trade.Price, trade.Quantity, (byte)trade.Side, trade.Symbol, trade.Version, trade.Samples.ToArray(), trade.When, trade.Load().Symbol };
            }

            public static void WriteThroughReadOnlyMapping(string path)
            {
                using MappedFile file = MappedFile.Open(path, MapAccess.Read);
                using MappedView view = file.CreateView();
                Trade.Ref trade = Trade.Ref.From(view, 0);
                trade.Id = 1;
            }

            public static void ReadPastTheEnd(string path, int index)
            {
                using MappedFile file = MappedFile.Open(path, MapAccess.Read);
                using MappedView view = file.CreateView();
                _ = Trade.ReadOnlyRef.From(view, (long)index * Trade.Size).Id;
            }
        }
        """;

    private const int Count = 10;
    private readonly TempDirectory _directory = new("mappedstructs-generator-");
    private readonly string _path;

    public MappedFileTests() => _path = _directory.File("trades.bin");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Trade_views_over_a_mapped_file_survive_flush_and_reopen()
    {
        File.WriteAllBytes(_path, new byte[64 * Count]);
        using var assembly = RunnableAssembly.Build("Files", Source);
        assembly.Call("Files.Probe", "Write", _path, Count);

        byte[] raw = File.ReadAllBytes(_path);
        for (int i = 0; i < Count; i++)
        {
            object[] values = (object[])assembly.Call("Files.Probe", "Read", _path, i)!;
            short[] samples = new short[4];
            samples[i % 4] = (short)(i * 3);
            Assert.Equal(1000L + i, values[0]);
            Assert.Equal(100.25 * i, values[1]);
            Assert.Equal(-i, values[2]);
            Assert.Equal((byte)(i % 2 == 0 ? 1 : 2), values[3]);
            Assert.Equal("SYM" + i, values[4]);
            Assert.Equal((long)i + 1, values[5]);
            Assert.Equal(samples, values[6]);
            Assert.Equal(new DateTime(2026, 11, 27).AddSeconds(i), values[7]);
            Assert.Equal("SYM" + i, values[8]);

            // The bytes on disk, read without the generated code.
            Assert.Equal(1000L + i, BinaryPrimitives.ReadInt64LittleEndian(raw.AsSpan((i * 64) + 0)));
            Assert.Equal(100.25 * i, BinaryPrimitives.ReadDoubleLittleEndian(raw.AsSpan((i * 64) + 8)));
            Assert.Equal("SYM" + i, Oracle.ReadUtf8(raw, (i * 64) + 24, 16));
            Assert.Equal((long)i + 1, BinaryPrimitives.ReadInt64LittleEndian(raw.AsSpan((i * 64) + 40)));
        }
    }

    [Fact]
    public void A_read_only_mapping_refuses_a_writable_view_and_the_end_is_checked()
    {
        File.WriteAllBytes(_path, new byte[64 * 2]);
        using var assembly = RunnableAssembly.Build("FilesReadOnly", Source);
        Assert.Throws<InvalidOperationException>(() => assembly.Call("Files.Probe", "WriteThroughReadOnlyMapping", _path));
        Assert.Throws<ArgumentOutOfRangeException>(() => assembly.Call("Files.Probe", "ReadPastTheEnd", _path, 2));
        Assert.Equal(0L, ((object[])assembly.Call("Files.Probe", "Read", _path, 1)!)[0]);
    }
}
