using System;
using System.IO;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>
/// A table opened before its path was replaced must not become the appender of the file it still holds: that file has no
/// name any more, so every record appended to it would be lost without an error.
/// </summary>
public sealed class StaleWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_table_whose_file_was_replaced_after_it_opened_refuses_to_append_and_the_new_file_keeps_its_records()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The check reads /proc/self/fd, which only Linux has; Windows refuses to replace a file another table has open.");
        string path = _dir.File("replaced.tbl");
        using (var first = MappedTable<Tick>.Create(path, 4))
        {
            first.Append(Tick.Create(0, 1));
        }

        using var stale = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        using (var replacement = MappedTable<Tick>.Create(path, 4))
        {
            replacement.Append(Tick.Create(0, 7));
        }

        IOException refused = Assert.Throws<IOException>(() => stale.Append(Tick.Create(1, 2)));
        Assert.Contains("was replaced or deleted after this table opened it", refused.Message, StringComparison.Ordinal);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        using var reader = ReadOnlyMappedTable<Tick>.Open(path);
        Assert.Equal(1, reader.Count);
        Assert.Equal(Tick.Create(0, 7), reader[0].Load());
    }

    [Fact]
    public void A_table_whose_file_is_still_named_appends_as_before()
    {
        string path = _dir.File("kept.tbl");
        using (MappedTable<Tick>.Create(path, 4))
        {
        }

        using var table = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
        Assert.Equal(0, table.Append(Tick.Create(0, 3)));
    }
}
