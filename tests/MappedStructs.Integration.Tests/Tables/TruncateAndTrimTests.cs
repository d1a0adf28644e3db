using System;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>Truncate and Clear lower the count and keep the file; TrimExcess shortens the file by replacing it.</summary>
public sealed class TruncateAndTrimTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Truncate_lowers_the_count_keeps_the_file_and_appends_after_the_kept_records()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [10, 11, 12, 13, 14]);
        long length = new FileInfo(table.Path).Length;

        table.Truncate(2);

        Assert.Equal(2, table.Count);
        Assert.Equal(5, table.Capacity);
        Assert.Equal(length, new FileInfo(table.Path).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetReadOnly(2).Bytes.Length);
        Assert.Equal(2, table.Append(Tick.Create(2, 99)));
        Assert.Equal([10L, 11, 99], TickTables.ReadAll(table).Select(t => t.Value));
    }

    [Fact]
    public void Truncate_outside_zero_to_count_throws_and_changes_nothing()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 2, 3]);

        ArgumentOutOfRangeException above = Assert.Throws<ArgumentOutOfRangeException>(() => table.Truncate(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Truncate(-1));

        Assert.Contains("has 3 records", above.Message, StringComparison.Ordinal);
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void Clear_empties_the_table_and_a_reader_of_the_file_sees_it()
    {
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 2, 3]);
        using var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);
        Assert.Equal(3, reader.Count);

        table.Clear();

        Assert.Equal(0, table.Count);
        Assert.Equal(0, reader.Count);
        Assert.Equal(3, table.Capacity);
    }

    [Fact]
    public void A_read_only_table_refuses_Truncate_Clear_and_TrimExcess()
    {
        string path;
        using (MappedTable<Tick> written = TickTables.Create(_dir, [1, 2], spare: 2))
        {
            path = written.Path;
        }

        using var table = MappedTable<Tick>.Open(path);

        Assert.Throws<InvalidOperationException>(() => table.Truncate(1));
        Assert.Throws<InvalidOperationException>(() => table.Clear());
        Assert.Throws<InvalidOperationException>(() => table.TrimExcess());
        using var copy = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite);
        Assert.Throws<InvalidOperationException>(() => copy.TrimExcess());
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void TrimExcess_shortens_the_file_to_the_records_and_the_table_goes_on_growing()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "TrimExcess renames over the file, which Windows refuses while the file is mapped.");
        using MappedTable<Tick> table = TickTables.Create(_dir, [5, 6, 7, 8], spare: 60);
        MappedRecord<Tick> heldBefore = table[1];
        table.Truncate(3);

        table.TrimExcess();

        Assert.Equal(3, table.Capacity);
        Assert.Equal(3, table.Count);
        Assert.Equal(4096 + (3 * 24), new FileInfo(table.Path).Length);
        Assert.Equal(Tick.Create(1, 6), heldBefore.Load());
        Assert.Equal(3, table.Append(Tick.Create(3, 70)));
        table.Flush();
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
        using var reopened = ReadOnlyMappedTable<Tick>.Open(table.Path);
        Assert.Equal([5L, 6, 7, 70], reopened.AsEnumerable().Select(t => t.Value));
    }

    [Fact]
    public void TrimExcess_of_a_full_table_keeps_the_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "TrimExcess renames over the file, which Windows refuses while the file is mapped.");
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 2]);
        using var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);

        table.TrimExcess();
        table.Clear();

        // The reader maps the same file, so it sees the writer's count; after a replacement it would not.
        Assert.Equal(0, reader.Count);
    }

    [Fact]
    public void TrimExcess_refuses_while_another_table_is_the_appender()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "TrimExcess renames over the file, which Windows refuses while the file is mapped.");
        Assert.SkipWhen(OperatingSystem.IsMacOS(), "macOS record locks belong to the process, so a second table in it is not refused.");
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 2], spare: 2);
        using var other = MappedTable<Tick>.Open(table.Path, MapAccess.ReadWrite);

        Assert.Throws<IOException>(() => other.TrimExcess());

        Assert.Equal(4, table.Capacity);
    }

    [Fact]
    public void TrimExcess_on_Windows_says_it_is_not_supported_and_keeps_the_file()
    {
        Assert.SkipUnless(OperatingSystem.IsWindows(), "Only Windows refuses to rename over a mapped file.");
        using MappedTable<Tick> table = TickTables.Create(_dir, [1, 2], spare: 2);

        Assert.Throws<PlatformNotSupportedException>(() => table.TrimExcess());

        Assert.Equal(4, table.Capacity);
        Assert.Equal(2, table.Count);
    }
}
