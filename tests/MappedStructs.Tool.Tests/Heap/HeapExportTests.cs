using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Types;
using DuckDB.NET.Data;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests.Heap;

/// <summary>Variable-length fields exported to Arrow IPC (read back by Apache.Arrow) and to Parquet (read by DuckDB): every value equal.</summary>
public sealed class HeapExportTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-heap-export-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_blobs_and_arrays_read_back_through_the_Arrow_reader(bool bigEndian)
    {
        string path = bigEndian ? NoteTables.WriteBig(_dir.File("notes.tbl"), 1000) : NoteTables.Write(_dir.File("notes.tbl"), 1000);
        using var table = DescribedTable.Open(path);
        string arrow = _dir.File("notes.arrow");

        TableExport.ToArrowFile(table, arrow, new ExportOptions { BatchSize = 300 });

        List<RecordBatch> batches = ArrowExportTests.ReadAll(arrow, out Schema schema);
        Assert.Equal(4, batches.Count);
        Assert.IsType<StringType>(schema.GetFieldByName("Body").DataType);
        Assert.IsType<BinaryType>(schema.GetFieldByName("Payload").DataType);
        ListType tags = Assert.IsType<ListType>(schema.GetFieldByName("Tags").DataType);
        Assert.Equal(bigEndian ? ArrowTypeId.Int64 : ArrowTypeId.Int32, tags.ValueDataType.TypeId);
        long row = 0;
        foreach (RecordBatch batch in batches)
        {
            for (int i = 0; i < batch.Length; i++, row++)
            {
                int r = (int)row;
                Assert.Equal(r, ((Int64Array)batch.Column(0)).GetValue(i));
                Assert.Equal(NoteTables.Body(r), ((StringArray)batch.Column(1)).GetString(i));
                Assert.Equal(NoteTables.Payload(r), ((BinaryArray)batch.Column(2)).GetBytes(i).ToArray());
                IArrowArray list = ((ListArray)batch.Column(3)).GetSlicedValues(i);
                object[] expected = bigEndian ? [.. NoteTables.Tags(r).Select(t => (object)((long)t << 20))] : [.. NoteTables.Tags(r).Cast<object>()];
                object[] actual = list is Int64Array longs ? [.. longs.Values.ToArray().Cast<object>()] : [.. ((Int32Array)list).Values.ToArray().Cast<object>()];
                Assert.Equal(expected, actual);
            }
        }

        Assert.Equal(1000, row);
    }

    [Fact]
    public void DuckDB_reads_the_Parquet_export_of_variable_length_fields_equal_to_the_table()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 2000);
        using var table = DescribedTable.Open(path);
        string parquet = _dir.File("notes.parquet");

        TableExport.ToParquet(table, parquet, new ExportOptions { BatchSize = 700 });

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = $"SELECT Id, Body, Payload, Tags, octet_length(Payload), len(Tags) FROM read_parquet('{parquet}') ORDER BY Id";
        using DuckDBDataReader reader = command.ExecuteReader();
        int row = 0;
        while (reader.Read())
        {
            Assert.Equal(row, reader.GetInt64(0));
            Assert.Equal(NoteTables.Body(row), reader.GetString(1));
            Assert.Equal(NoteTables.Payload(row), ReadBlob(reader.GetValue(2)));
            Assert.Equal(NoteTables.Tags(row), ((System.Collections.IEnumerable)reader.GetValue(3)).Cast<object>().Select(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(NoteTables.Payload(row).Length, Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(NoteTables.Tags(row).Length, Convert.ToInt32(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture));
            row++;
        }

        Assert.Equal(2000, row);
    }

    [Fact]
    public void A_bad_reference_fails_the_export_naming_record_and_field_and_leaves_no_output()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 50);
        NoteTables.PatchReference(path, 33, 16, HeapReference.Create(1 << 24, 8));
        using var table = DescribedTable.Open(path);
        string arrow = _dir.File("notes.arrow");

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => TableExport.ToArrowFile(table, arrow, new ExportOptions { BatchSize = 10 }));

        Assert.Contains("Note.Payload of record 33 of table", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(arrow));
    }

    [Fact]
    public void Invalid_utf8_text_fails_the_export_naming_record_and_field()
    {
        string path = NoteTables.Write(_dir.File("notes.tbl"), 5);
        string heap;
        HeapReference body;
        using (var described = DescribedTable.Open(path))
        {
            heap = described.HeapPath!;
            body = described.GetHeapReference(2, 1);
        }

        NoteTables.PatchHeap(heap, body.Offset, [0xC0]);
        using var table = DescribedTable.Open(path);

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => TableExport.ToArrowFile(table, _dir.File("notes.arrow")));

        Assert.Contains("Field 'Body' of record 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    private static byte[] ReadBlob(object value) => value switch
    {
        byte[] bytes => bytes,
        Stream stream => ReadStream(stream),
        _ => throw new InvalidOperationException("DuckDB returned a blob as " + value.GetType()),
    };

    private static byte[] ReadStream(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
