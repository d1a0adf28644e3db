using System;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Described;

/// <summary>Asking a described table for a field it lacks, a row it has not published, or a type the field is not.</summary>
public sealed class DescribedTableMisuseTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly DescribedTable _table;

    public DescribedTableMisuseTests()
    {
        string path = _dir.File("mixed.tbl");
        using (var writer = MappedTable<BigMixed>.Create(path, 8))
        {
            writer.Append(new BigMixed { Id = 1, Price = 2.5, Quantity = 3, Delta = -4, Length = 5, Port = 6, Tag = "t", Levels = [1, 2, 3] });
            writer.Append(new BigMixed { Id = 2, Tag = "u", Levels = [4, 5, 6] });
        }

        _table = DescribedTable.Open(path);
    }

    public void Dispose()
    {
        _table.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [InlineData("GetDouble", "Quantity", "int32")]
    [InlineData("GetSingle", "Price", "float64")]
    [InlineData("GetInt64", "Price", "float64")]
    [InlineData("GetInt32", "Id", "int64")]
    [InlineData("GetUInt64", "Quantity", "int32")]
    [InlineData("GetUInt64", "Delta", "int24")]
    [InlineData("GetBoolean", "Port", "uint16")]
    [InlineData("GetString", "Id", "int64")]
    [InlineData("GetInt64", "Tag", "utf8[6]/space-padded")]
    [InlineData("GetInt64", "Levels", "int16[3]")]
    public void A_getter_of_another_type_names_the_field_and_its_type(string getter, string field, string typeName)
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Call(getter, 0, field));

        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeName, error.Message, StringComparison.Ordinal);
        Assert.Contains(getter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uint64_does_not_read_as_a_signed_long_nor_uint32_as_an_int()
    {
        string path = _dir.File("scalars.tbl");
        using (var writer = MappedTable<AllScalars>.Create(path, 1))
        {
            writer.Append(new AllScalars { Unsigned64 = ulong.MaxValue, Unsigned32 = uint.MaxValue });
        }

        using var table = DescribedTable.Open(path);

        Assert.Throws<InvalidOperationException>(() => table.GetInt64(0, "Unsigned64"));
        Assert.Throws<InvalidOperationException>(() => table.GetInt32(0, "Unsigned32"));
        Assert.Throws<InvalidOperationException>(() => table.GetInt64(0, "Huge"));
        Assert.Equal(ulong.MaxValue, table.GetUInt64(0, "Unsigned64"));
    }

    [Fact]
    public void An_unknown_field_name_is_an_ArgumentException_naming_it_and_the_file()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => _table.GetInt64(0, "Volume"));

        Assert.Contains("'Volume'", error.Message, StringComparison.Ordinal);
        Assert.Contains(_table.Path, error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => _table.FieldIndex("id"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    [InlineData(int.MaxValue)]
    public void A_field_index_outside_the_field_table_is_out_of_range(int field)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _table.GetInt64(0, field));
        Assert.Throws<ArgumentOutOfRangeException>(() => _table.GetBytes(0, field).Length);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(2L)]
    [InlineData(7L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void A_row_not_below_the_count_is_out_of_range_even_within_the_capacity(long row)
    {
        foreach (string getter in new[] { "GetInt64", "GetDouble", "GetString", "GetBytes", "GetValue" })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Call(getter, row, getter == "GetString" ? "Tag" : getter == "GetDouble" ? "Price" : "Id"));
        }
    }

    private object Call(string getter, long row, string field) => getter switch
    {
        "GetInt64" => _table.GetInt64(row, field),
        "GetUInt64" => _table.GetUInt64(row, field),
        "GetInt32" => _table.GetInt32(row, field),
        "GetDouble" => _table.GetDouble(row, field),
        "GetSingle" => _table.GetSingle(row, field),
        "GetBoolean" => _table.GetBoolean(row, field),
        "GetString" => _table.GetString(row, field),
        "GetBytes" => _table.GetBytes(row, field).ToArray(),
        _ => _table.GetValue(row, field),
    };
}
