using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>A record whose byte order is chosen when a view is made: a table file has one order, so tables refuse it.</summary>
[MappedLayout(Endian = Endianness.PerView)]
public partial record struct PerViewEntry
{
    public long Id { get; init; }

    public double Price { get; init; }
}

/// <summary>The same fields in a fixed order: the near miss that tables accept.</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct BigEntry
{
    public long Id { get; init; }

    public double Price { get; init; }
}

public sealed class PerViewTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Creating_a_table_of_a_per_view_layout_is_refused_and_makes_no_file()
    {
        string path = _dir.File("entries.table");
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => MappedTable<PerViewEntry>.Create(path, 4));
        AssertExplains(e);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Opening_a_table_as_a_per_view_layout_is_refused_and_leaves_the_file_alone()
    {
        string path = _dir.File("entries.table");
        using (var table = MappedTable<BigEntry>.Create(path, 4))
        {
            table.Append(new BigEntry { Id = 7, Price = 1.5 });
        }

        byte[] before = File.ReadAllBytes(path);
        AssertExplains(Assert.Throws<NotSupportedException>(() => MappedTable<PerViewEntry>.Open(path, MapAccess.ReadWrite)));
        AssertExplains(Assert.Throws<NotSupportedException>(() => ReadOnlyMappedTable<PerViewEntry>.Open(path)));
        Assert.Equal(before, File.ReadAllBytes(path));
        using var reader = ReadOnlyMappedTable<BigEntry>.Open(path);
        Assert.Equal(7, BigEntry.ReadOnlyRef.From(reader[0].Bytes).Id);
    }

    private static void AssertExplains(NotSupportedException e)
    {
        Assert.Contains("PerViewEntry is declared with Endianness.PerView", e.Message, StringComparison.Ordinal);
        Assert.Contains("a table file has one byte order", e.Message, StringComparison.Ordinal);
    }
}
