using System;
using System.IO;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>Tables under concurrency: readers racing a growing writer, two writers, copy-on-write tables, readers sharing one instance.</summary>
public sealed class TableConcurrencyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // A reader reads the capacity and the file length at different moments: a writer growing the file between the two
    // reads must not make a healthy table look corrupt.
    [Fact]
    public void A_reader_refreshing_while_the_writer_grows_again_does_not_report_a_corrupt_file()
    {
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 1);
        writer.Append(Tick.Create(0, 0));
        var hooks = new TableStorageHooks();
        using var reader = ReadOnlyMappedTable<Tick>.Open(path, hooks);
        Assert.Equal(1, reader.Count);
        writer.Append(Tick.Create(1, 1));
        writer.Append(Tick.Create(2, 2));
        Assert.Equal(4, writer.Capacity);

        int calls = 0;
        hooks.BetweenCapacityAndLengthReads = () =>
        {
            // The writer grows twice more between the reader's two reads of the header and the file's length.
            calls++;
            for (long i = 3; i < 16; i++)
            {
                writer.Append(Tick.Create(i, i));
            }
        };
        try
        {
            Assert.Equal(Tick.Create(2, 2), reader[2].Load());
        }
        finally
        {
            hooks.BetweenCapacityAndLengthReads = null;
        }

        Assert.Equal(1, calls);
        Assert.Equal(16, reader.Count);
        Assert.Equal(Tick.Create(15, 15), reader[15].Load());
    }

    // Two writers must not append at the same index and silently lose records: the second one is refused.
    [Fact]
    public void A_second_appender_of_the_same_file_is_refused_naming_the_file_and_writes_nothing()
    {
        string path = _dir.File("t.tbl");
        using (var first = MappedTable<Tick>.Create(path, 2))
        {
            first.Append(Tick.Create(0, 0));
            using var second = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
            IOException refused = Assert.Throws<IOException>(() => second.Append(Tick.Create(99, 99)));
            Assert.Contains(path, refused.Message, StringComparison.Ordinal);
            Assert.Equal(1, second.Count);

            // In-place changes stay allowed (coordinated by the caller), and private copies append without the lock.
            second[0].Store(Tick.Create(0, 7));
            using var copy = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite);
            copy.Append(Tick.Create(1, 1));

            first.Append(Tick.Create(1, 1));
            Assert.Equal(2, second.Count);
            Assert.Equal(Tick.Create(0, 7), first[0].Load());

            // Create would zero the file under the appender.
            Assert.Throws<IOException>(() => MappedTable<Tick>.Create(path, 1));
            Assert.Equal(2, first.Count);
        }

        using var next = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        next.Append(Tick.Create(2, 2));
        Assert.Equal(3, next.Count);
    }

    [Fact]
    public void The_appender_lock_is_released_by_Dispose()
    {
        string path = _dir.File("t.tbl");
        MappedTable<Tick>.Create(path, 1).Dispose();

        var first = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        first.Append(Tick.Create(0, 0));
        using var second = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        Assert.Throws<IOException>(() => second.Append(Tick.Create(1, 1)));
        first.Dispose();

        second.Append(Tick.Create(1, 1));
        Assert.Equal(2, second.Count);
        Assert.Equal(Tick.Create(1, 1), second[1].Load());
    }

    // A CopyOnWrite table must not remap when another process grows the file: a remap would drop its private changes.
    [Fact]
    public void A_copy_on_write_table_keeps_its_private_changes_when_the_writer_grows_the_file()
    {
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 2);
        writer.Append(Tick.Create(0, 0));
        using var copy = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite);
        copy[0].Store(Tick.Create(0, 42));

        for (long i = 1; i < 10; i++)
        {
            writer.Append(Tick.Create(i, i));
        }

        Assert.Equal(2, copy.Count);
        Assert.Equal(Tick.Create(0, 42), copy[0].Load());
        // Record 1 shares the page this process copied when it wrote record 0, so the writer's record 1 is not in it.
        Assert.Equal(24, copy.GetReadOnly(1).Bytes.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => copy.GetReadOnly(2).Bytes.Length);
        Assert.Equal(Tick.Create(0, 0), writer[0].Load());
    }

    // Readers sharing one instance race in the remapping path (the retired-view list, the base and the capacity).
    [Fact]
    public void Many_threads_reading_one_instance_while_the_writer_grows_see_only_complete_records()
    {
        // The cause of CrossProcessTableTests' skip, in one process: the reader can read the 1-byte-too-long length of
        // Wine's two-step extension, and the refused mapping is thrown on a reader thread, which ends the test host (seen
        // in 2 of 12 full runs under Wine 8). Windows sets the length in one step.
        Assert.SkipWhen(
            Wine.IsRunning,
            "Wine extends a file by writing one byte past the new length and truncating back (wineserver grow_file), so the reader can read a length 1 byte too long and MemoryMappedFile then refuses the mapping; Windows sets the length in one step.");
        string path = _dir.File("t.tbl");
        using var writer = MappedTable<Tick>.Create(path, 1);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        const long Total = 20_000;
        int stop = 0;
        long bad = 0;
        var readers = new Thread[4];
        for (int t = 0; t < readers.Length; t++)
        {
            readers[t] = new Thread(() =>
            {
                while (Volatile.Read(ref stop) == 0)
                {
                    long count = reader.Count;
                    for (long i = count > 64 ? count - 64 : 0; i < count; i++)
                    {
                        Tick tick = reader[i].Load();
                        if (!tick.IsConsistent || tick.Sequence != i)
                        {
                            Interlocked.Increment(ref bad);
                        }
                    }
                }
            });
            readers[t].Start();
        }

        try
        {
            for (long i = 0; i < Total; i++)
            {
                writer.Append(Tick.Create(i, i * 3));
            }
        }
        finally
        {
            Volatile.Write(ref stop, 1);
            foreach (Thread thread in readers)
            {
                thread.Join();
            }
        }

        Assert.Equal(0, Interlocked.Read(ref bad));
        Assert.Equal(Total, reader.Count);
    }
}
