using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Described;

/// <summary>Tables written through generated layouts, read back by the layout their header describes, without the C# type.</summary>
public sealed class DescribedTableTests : IDisposable
{
    private static readonly AllScalars s_scalars = new()
    {
        Huge = Int128.MinValue + 12345,
        UHuge = UInt128.MaxValue - 7,
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Signed64 = long.MinValue + 3,
        Unsigned64 = ulong.MaxValue - 5,
        Ratio = -1234.5678,
        When = new DateTime(2026, 12, 1, 17, 30, 15, DateTimeKind.Unspecified).AddTicks(1234),
        Elapsed = TimeSpan.FromTicks(-98765432123),
        Signed32 = -123456789,
        Unsigned32 = 4000000000,
        Weight = 3.25f,
        Signed16 = -32000,
        Unsigned16 = 65000,
        Letter = 'Ж',
        Half = (Half)1.5,
        Flag = true,
        Byte = 200,
        SByte = -100,
        Spare = 7,
    };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_described_layout_is_the_generated_one()
    {
        string path = Write("scalars.tbl", s_scalars);

        using var table = DescribedTable.Open(path);

        var expected = LayoutInfo.Of<AllScalars>();
        Assert.Equal(expected.Name, table.Layout.Name);
        Assert.Equal(expected.Size, table.Layout.Size);
        Assert.Equal(expected.Alignment, table.Layout.Alignment);
        Assert.Equal(expected.Endian, table.Layout.Endian);
        Assert.Equal(expected.Fingerprint, table.Layout.Fingerprint);
        Assert.Equal(expected.Fields, table.Layout.Fields);
        Assert.Equal(expected.Describe(), table.Layout.Describe());
        Assert.Equal(path, table.Path);
        Assert.Equal(1, table.Count);
        Assert.Equal(4, table.Capacity);
        Assert.Equal($"DescribedTable '{path}' ({expected.Name}, {expected.Size}-byte records, Read): 1 records, capacity 4", table.ToString());
    }

    [Fact]
    public void Every_scalar_reads_back_as_written_by_name_and_by_index()
    {
        using var table = DescribedTable.Open(Write("scalars.tbl", s_scalars));
        object[] expected =
        [
            s_scalars.Huge, s_scalars.UHuge, s_scalars.Id, s_scalars.Signed64, s_scalars.Unsigned64, s_scalars.Ratio, s_scalars.When,
            s_scalars.Elapsed, s_scalars.Signed32, s_scalars.Unsigned32, s_scalars.Weight, s_scalars.Signed16, s_scalars.Unsigned16, s_scalars.Letter,
            s_scalars.Half, s_scalars.Flag, s_scalars.Byte, s_scalars.SByte, s_scalars.Spare,
        ];

        Assert.Equal(expected.Length, table.Layout.Fields.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], table.GetValue(0, i));
            Assert.Equal(expected[i], table.GetValue(0, table.Layout.Fields[i].Name));
        }

        Assert.Equal(s_scalars.Signed64, table.GetInt64(0, "Signed64"));
        Assert.Equal(s_scalars.Unsigned64, table.GetUInt64(0, "Unsigned64"));
        Assert.Equal(s_scalars.Signed32, table.GetInt32(0, "Signed32"));
        Assert.Equal(s_scalars.Ratio, table.GetDouble(0, "Ratio"));
        Assert.Equal(s_scalars.Weight, table.GetSingle(0, "Weight"));
        Assert.True(table.GetBoolean(0, "Flag"));
        Assert.Equal(s_scalars.Signed64, table.GetInt64(0, table.FieldIndex("Signed64")));
        Assert.Equal(BitConverter.GetBytes(s_scalars.Signed64), table.GetBytes(0, "Signed64").ToArray());
    }

    [Fact]
    public void Narrower_integers_and_floats_widen_exactly()
    {
        using var table = DescribedTable.Open(Write("scalars.tbl", s_scalars));

        Assert.Equal(s_scalars.Unsigned32, table.GetInt64(0, "Unsigned32"));
        Assert.Equal(s_scalars.Unsigned32, table.GetUInt64(0, "Unsigned32"));
        Assert.Equal(s_scalars.Signed16, table.GetInt64(0, "Signed16"));
        Assert.Equal(s_scalars.Signed16, table.GetInt32(0, "Signed16"));
        Assert.Equal(s_scalars.Unsigned16, table.GetInt32(0, "Unsigned16"));
        Assert.Equal(s_scalars.SByte, table.GetInt32(0, "SByte"));
        Assert.Equal(s_scalars.Byte, table.GetInt32(0, "Byte"));
        Assert.Equal(s_scalars.Byte, table.GetUInt64(0, "Byte"));
        Assert.Equal(s_scalars.Weight, table.GetDouble(0, "Weight"));
        Assert.Equal((double)s_scalars.Half, table.GetDouble(0, "Half"));
        Assert.Equal((float)s_scalars.Half, table.GetSingle(0, "Half"));
    }

    [Fact]
    public void Utf8_fields_read_without_their_padding()
    {
        var texts = new Texts { Name = "Zürich", Code = "AB C", Note = "*x" };

        using var table = DescribedTable.Open(Write("texts.tbl", texts));

        Assert.Equal("Zürich", table.GetString(0, "Name"));
        Assert.Equal("AB C", table.GetString(0, "Code"));
        Assert.Equal("*x", table.GetString(0, "Note"));
        Assert.Equal("*x**"u8.ToArray(), table.GetBytes(0, "Note").ToArray());
        Assert.Equal("AB C", table.GetValue(0, "Code"));
        Assert.Equal("AB C    "u8.ToArray(), table.GetBytes(0, "Code").ToArray());
        Assert.Equal("utf8[8]/space-padded", table.Layout.Fields[table.FieldIndex("Code")].TypeName);
        Assert.Equal("utf8[4]/padded-0x2A", table.Layout.Fields[table.FieldIndex("Note")].TypeName);
    }

    [Fact]
    public void A_big_endian_layout_reads_in_its_byte_order()
    {
        var mixed = new BigMixed { Id = 0x0102030405060708, Price = 99.5, Quantity = -7, Delta = -8_000_000, Length = 16_000_000, Port = 443, Tag = "ab", Levels = [-1, 2, short.MaxValue] };

        using var table = DescribedTable.Open(Write("big.tbl", mixed));

        Assert.Equal(Endianness.Big, table.Layout.Endian);
        Assert.Equal(mixed.Id, table.GetInt64(0, "Id"));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, table.GetBytes(0, "Id").ToArray());
        Assert.Equal(mixed.Price, table.GetDouble(0, "Price"));
        Assert.Equal(mixed.Quantity, table.GetInt32(0, "Quantity"));
        Assert.Equal(mixed.Delta, table.GetInt32(0, "Delta"));
        Assert.Equal(mixed.Delta, table.GetValue(0, "Delta"));
        Assert.Equal(mixed.Length, table.GetUInt64(0, "Length"));
        Assert.Equal(mixed.Length, table.GetValue(0, "Length"));
        Assert.Equal(mixed.Port, table.GetInt32(0, "Port"));
        Assert.Equal("ab", table.GetString(0, "Tag"));
        Assert.Equal(new object[] { (short)-1, (short)2, short.MaxValue }, (object[])table.GetValue(0, "Levels"));
    }

    [Fact]
    public void Bit_fields_read_their_bits_zero_extended()
    {
        var packet = new PacketStart { Version = 4, HeaderLength = 5, Congested = true, Flags = 2, FragmentOffset = 1234 };
        var packed = new PackedBits { Delta = -3, Rest = 0x0ABC_DEF1 };

        using var packets = DescribedTable.Open(Write("packets.tbl", packet));
        using var packs = DescribedTable.Open(Write("packed.tbl", packed));

        Assert.Equal(4, packets.GetInt32(0, "Version"));
        Assert.Equal(5UL, packets.GetUInt64(0, "HeaderLength"));
        Assert.True(packets.GetBoolean(0, "Congested"));
        Assert.Equal(2L, packets.GetInt64(0, "Flags"));
        Assert.Equal(1234UL, packets.GetValue(0, "FragmentOffset"));
        Assert.Equal(new byte[] { 0x45 }, packets.GetBytes(0, "Version").ToArray());

        // The text says "bits[0:4] of uint32", not that the property was an sbyte: -3 reads as its four bits.
        Assert.Equal(0b1101, packs.GetInt32(0, "Delta"));
        Assert.Equal(0x0ABC_DEF1L, packs.GetInt64(0, "Rest"));
        Assert.Throws<InvalidOperationException>(() => packs.GetBoolean(0, "Rest"));
    }

    [Fact]
    public void Nested_layouts_and_arrays_read_as_bytes_and_elements()
    {
        var shape = new Shape
        {
            Origin = new Corner { X = 1.5f, Y = -2 },
            Corners = [new Corner { X = 1, Y = 2 }, new Corner { X = 3, Y = 4 }, new Corner { X = 5, Y = 6 }],
            Counts = [10, -20, 30, int.MinValue],
            Version = 77,
        };

        using var table = DescribedTable.Open(Write("shapes.tbl", shape));

        Assert.Equal(BitConverter.GetBytes(1.5f).Concat(BitConverter.GetBytes(-2f)), table.GetBytes(0, "Origin").ToArray());
        Assert.Equal(table.GetBytes(0, "Origin").ToArray(), (byte[])table.GetValue(0, "Origin"));
        Assert.Equal(24, ((byte[])table.GetValue(0, "Corners")).Length);
        Assert.Equal(BitConverter.GetBytes(5f), table.GetBytes(0, "Corners")[16..20].ToArray());
        Assert.Equal(new object[] { 10, -20, 30, int.MinValue }, (object[])table.GetValue(0, "Counts"));
        Assert.Equal(77, table.GetInt64(0, "Version"));
        Assert.Equal(FieldKind.Atomic, table.Layout.Fields[table.FieldIndex("Version")].Kind);
    }

    [Fact]
    public void A_described_table_follows_a_writer_that_grows_the_file()
    {
        string path = _dir.File("growing.tbl");
        using var writer = MappedTable<BigMixed>.Create(path, 1);
        writer.Append(new BigMixed { Id = 0, Tag = "", Levels = new short[3] });
        using var reader = DescribedTable.Open(path);
        Assert.Equal(1, reader.Count);

        for (int i = 1; i < 3000; i++)
        {
            writer.Append(new BigMixed { Id = i, Tag = "t", Levels = new short[3] });
        }

        Assert.Equal(3000, reader.Count);
        Assert.Equal(2999, reader.GetInt64(2999, "Id"));
    }

    [Fact]
    public void A_file_that_is_not_a_table_is_refused_as_a_typed_open_refuses_it()
    {
        string path = _dir.File("not-a-table.tbl");
        System.IO.File.WriteAllBytes(path, new byte[8192]);

        InvalidTableFileException error = Assert.Throws<InvalidTableFileException>(() => DescribedTable.Open(path));

        Assert.Equal(TableFileProblem.BadMagic, error.Problem);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public void Reads_after_dispose_throw_ObjectDisposedException()
    {
        var table = DescribedTable.Open(Write("scalars.tbl", s_scalars));
        table.Dispose();

        Assert.Throws<ObjectDisposedException>(() => table.GetInt64(0, 3));
        Assert.Throws<ObjectDisposedException>(() => table.Count);
    }

    [Fact]
    public void Typed_getters_by_index_and_by_name_allocate_nothing()
    {
        string path = _dir.File("many.tbl");
        using (var writer = MappedTable<BigMixed>.Create(path, 1024))
        {
            for (int i = 0; i < 1024; i++)
            {
                writer.Append(new BigMixed { Id = i, Price = i, Quantity = i, Tag = "t", Levels = new short[3] });
            }
        }

        using var table = DescribedTable.Open(path);
        int id = table.FieldIndex("Id");
        long SumAll()
        {
            long sum = 0;
            for (long row = 0; row < table.Count; row++)
            {
                sum += table.GetInt64(row, id) + table.GetInt32(row, "Quantity") + (long)table.GetDouble(row, "Price") + table.GetBytes(row, "Tag").Length;
            }

            return sum;
        }

        long first = SumAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long second = SumAll();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(first, second);
        Assert.Equal((3L * 1023 * 1024 / 2) + (6 * 1024), second);
    }

    [Fact]
    public void The_documented_example_prints_every_record()
    {
        string path = _dir.File("trades.tbl");
        using (var writer = MappedTable<Trade>.Create(path, 4))
        {
            writer.Append(new Trade { Id = 1, Price = 101.5, Quantity = 10, Symbol = "ACME" });
            writer.Append(new Trade { Id = 2, Price = 99.25, Quantity = 20, Symbol = "INIT" });
        }

        // The example prints numbers in the current culture; the expected text is the invariant culture's.
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            PrintLikeTheDocumentedExample(path);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static void PrintLikeTheDocumentedExample(string path)
    {
        var output = new StringWriter();

        // docs/tables.md, "Opening a table without its C# type", with Console.WriteLine writing to output.
        using var table = DescribedTable.Open(path);
        IReadOnlyList<LayoutField> fields = table.Layout.Fields;
        output.WriteLine(string.Join('\t', fields.Select(f => $"{f.Name}:{f.TypeName}")));
        for (long row = 0; row < table.Count; row++)
        {
            output.WriteLine(string.Join('\t', fields.Select((_, i) => table.GetValue(row, i))));
        }

        double price = table.GetDouble(0, "Price");
        string symbol = table.GetString(0, "Symbol");

        Assert.Equal("Id:int64\tPrice:float64\tQuantity:int32\tSymbol:utf8[16]\n1\t101.5\t10\tACME\n2\t99.25\t20\tINIT\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(101.5, price);
        Assert.Equal("ACME", symbol);
    }

    private string Write<T>(string name, T record)
        where T : struct, IMappedLayout<T>
    {
        string path = _dir.File(name);
        using var table = MappedTable<T>.Create(path, 4);
        table.Append(record);
        return path;
    }
}
