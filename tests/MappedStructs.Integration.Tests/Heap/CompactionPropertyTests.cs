using System;
using System.Linq;
using CsCheck;
using MappedStructs.Integration.Tests.VariableLength;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// Compaction over random tables of the generated <see cref="LogEntry"/> (a [Text], a [Blob] and a [VarArray]) after
/// random rewrites through its setters: the compacted table holds exactly the values it held, and the bytes reclaimed
/// are exactly the garbage the rewrites left.
/// </summary>
public sealed class CompactionPropertyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly Gen<LogEntry> s_entries =
        Gen.Select(Gen.Long, Gen.String[0, 40], Gen.Byte.Array[0, 300], Gen.Int.Array[0, 20])
            .Select((time, message, payload, tags) => new LogEntry { Timestamp = time, Level = message.Length, Message = message, Payload = payload, Tags = tags });

    // A rewrite: which record (scaled to the table), and the new values of its three fields.
    private static readonly Gen<(double Where, string Message, byte[] Payload, int[] Tags)> s_rewrites =
        Gen.Select(Gen.Double[0, 0.999], Gen.String[0, 40], Gen.Byte.Array[0, 300], Gen.Int.Array[0, 20]);

    [Fact]
    public void A_compacted_table_holds_the_same_values_and_reclaims_exactly_the_garbage()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Compact renames over the table, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there.");
        Gen.Select(s_entries.Array[1, 40], s_rewrites.Array[0, 40]).Sample((entries, rewrites) =>
        {
            string path = _dir.File($"log-{Guid.NewGuid():N}.tbl");
            LogEntry[] expected = [.. entries];
            long before;
            using (var table = MappedTable<LogEntry>.Create(path, entries.Length))
            {
                table.AppendRange(entries);
                foreach ((double where, string message, byte[] payload, int[] tags) in rewrites)
                {
                    int index = (int)(where * entries.Length);
                    LogEntry.Ref record = table.Ref(index);
                    record.Message = message;
                    record.Payload = payload;
                    record.Tags = tags;
                    expected[index] = expected[index] with { Message = message, Payload = payload, Tags = tags };
                }

                before = table.HeapLength;
            }

            long live = expected.Sum(e => Padded(System.Text.Encoding.UTF8.GetByteCount(e.Message)) + Padded(e.Payload.Length) + Padded(e.Tags.Length * sizeof(int)));

            TableCompactionResult result = MappedTable<LogEntry>.Compact(path);

            Assert.Equal(entries.Length, result.Records);
            Assert.Equal(before, result.HeapBytesBefore);
            Assert.Equal(live, result.HeapBytesAfter);
            Assert.Equal(before - live, result.ReclaimedBytes);
            using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
            Assert.Equal(live, reader.HeapLength);
            for (int i = 0; i < expected.Length; i++)
            {
                LogEntry loaded = reader[i].Load();
                Assert.Equal(expected[i].Timestamp, loaded.Timestamp);
                Assert.Equal(expected[i].Level, loaded.Level);
                Assert.Equal(expected[i].Message, loaded.Message);
                Assert.Equal(expected[i].Payload.ToArray(), loaded.Payload.ToArray());
                Assert.Equal(expected[i].Tags, loaded.Tags);
            }
        }, iter: 40);
    }

    [Fact]
    public void A_big_endian_table_compacts_its_references_in_its_byte_order()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Compact renames over the table, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there.");
        string path = _dir.File("big.tbl");
        using (var table = MappedTable<BigLogEntry>.Create(path, 3))
        {
            table.Append(new BigLogEntry { Timestamp = 1, Message = "first" });
            table.Append(new BigLogEntry { Timestamp = 2, Message = string.Empty });
            table.Append(new BigLogEntry { Timestamp = 3, Message = "third, and longer" });
            table.Ref(0).Message = "first again";
        }

        Assert.Equal(8, MappedTable<BigLogEntry>.Compact(path).ReclaimedBytes);
        using var reader = ReadOnlyMappedTable<BigLogEntry>.Open(path);
        Assert.Equal(["first again", string.Empty, "third, and longer"], Enumerable.Range(0, 3).Select(i => reader[i].Load().Message));
    }

    [Fact]
    public void The_documented_example_reclaims_the_replaced_message()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Compact renames over the table, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there.");
        string path = _dir.File("app.log.tbl");
        using (var table = MappedTable<LogEntry>.Create(path, capacity: 1024))
        {
            table.Append(new LogEntry { Timestamp = 1, Level = 2, Message = "disk almost full", Tags = [7, 9] });
            table.Ref(0).Message = "disk full";
        }

        TableCompactionResult result = MappedTable<LogEntry>.Compact(path);
        Assert.Equal(40, result.HeapBytesBefore);
        Assert.Equal(24, result.HeapBytesAfter);
        Assert.Equal(16, result.ReclaimedBytes);
    }

    private static long Padded(long length) => (length + 7) / 8 * 8;
}
