using System;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Described;

// A layout may take a scalar's catalogue name; that it is lower case, against the naming rules, is the point.
#pragma warning disable CS8981, IDE1006, CA1720
/// <summary>A nested layout named like the scalar <c>int64</c>, but 8 bytes of two <c>int</c> halves.</summary>
[MappedLayout]
public partial record struct int64
{
    public int High { get; init; }

    public int Low { get; init; }
}
#pragma warning restore CS8981, IDE1006, CA1720

/// <summary>A layout that nests the scalar-named layout once, as a fixed array, and beside a real <c>long</c>.</summary>
[MappedLayout]
public partial record struct HoldsScalarNamed
{
    public int64 One { get; init; }

    [FixedArray(2)]
    public int64[] Two { get; init; }

    public long Plain { get; init; }
}

/// <summary>
/// The layout text of a table whose nested layout is named like a scalar: the generator writes the name so that the
/// parser cannot take it for the scalar (<c>@int64</c>, <c>@int64[2]</c>), and <see cref="DescribedTable"/> opens the
/// table and reads the nested fields as bytes and the real <c>int64</c> as a number.
/// </summary>
public sealed class ScalarNamedLayoutTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-scalar-named-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_table_nesting_a_layout_named_int64_opens_as_a_described_table()
    {
        string path = _dir.File("scalar-named.tbl");
        using (var table = MappedTable<HoldsScalarNamed>.Create(path, 4))
        {
            table.Append(new HoldsScalarNamed
            {
                One = new int64 { High = 1, Low = 2 },
                Two = [new int64 { High = 3, Low = 4 }, new int64 { High = 5, Low = 6 }],
                Plain = -7,
            });
        }

        using var described = DescribedTable.Open(path);

        Assert.Equal(
            ["One Nested @int64", "Two FixedArray @int64[2]", "Plain Scalar int64"],
            described.Layout.Fields.Select(f => $"{f.Name} {f.Kind} {f.TypeName}"));
        Assert.Equal(BitConverter.GetBytes(1).Concat(BitConverter.GetBytes(2)), described.GetBytes(0, "One").ToArray());
        Assert.Equal(16, ((byte[])described.GetValue(0, "Two")).Length);
        Assert.Equal(BitConverter.GetBytes(5), described.GetBytes(0, "Two")[8..12].ToArray());
        Assert.Equal(-7, described.GetInt64(0, "Plain"));
        Assert.Equal(HoldsScalarNamed.Layout.Describe(), described.Layout.Describe());
    }

    [Fact]
    public void A_layout_named_like_a_scalar_keeps_its_fingerprint_and_other_nested_names_are_written_as_they_are()
    {
        Assert.Contains("Corner[3]", Shape.Layout.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("@", Shape.Layout.Describe(), StringComparison.Ordinal);
        Assert.Equal("@int64", HoldsScalarNamed.Layout.Fields[0].TypeName);
    }
}
