using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>The Arrow IPC export, read back by Apache.Arrow's own reader: every value of every field, and the batches, ranges and faults.</summary>
public sealed class ArrowExportTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_value_of_every_field_reads_back_through_the_Arrow_reader(bool bigEndian)
    {
        string path = TestTables.WriteWide(_dir.File("wide.tbl"), 1234, bigEndian);
        using var table = DescribedTable.Open(path);
        string arrow = _dir.File("wide.arrow");

        ExportResult result = TableExport.ToArrowFile(table, arrow, new ExportOptions { BatchSize = 500 });

        Assert.Equal(new ExportResult(0, 1234, 1234), result);
        List<RecordBatch> batches = ReadAll(arrow, out Schema schema);
        Assert.Equal(3, batches.Count);
        Assert.Equal(table.Layout.Describe(), schema.Metadata["mappedstructs.layout"]);
        long row = 0;
        foreach (RecordBatch batch in batches)
        {
            for (int i = 0; i < batch.Length; i++, row++)
            {
                for (int f = 0; f < table.Layout.Fields.Count; f++)
                {
                    Assert.Equal(ExpectedValues.Expected(table, row, f), ExpectedValues.Actual(batch.Column(f), i));
                }
            }
        }

        Assert.Equal(1234, row);
    }

    [Fact]
    public void The_exported_schema_is_the_rendered_Arrow_schema()
    {
        using var table = DescribedTable.Open(TestTables.WriteWide(_dir.File("wide.tbl"), 3, bigEndian: false));

        Schema schema = TableExport.ArrowSchema(table);

        var lines = new List<string>();
        foreach (Field field in schema.FieldsList)
        {
            lines.Add(field.Name + ": " + ArrowTypeText(field.DataType) + (field.IsNullable ? string.Empty : " not null"));
        }

        Assert.Equal(LayoutRendering.ArrowSchema(table.Layout), string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void An_incremental_export_from_the_previous_next_record_adds_exactly_the_new_records()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 100);
        ExportResult first;
        using (var table = DescribedTable.Open(path))
        {
            first = TableExport.ToArrowFile(table, _dir.File("day1.arrow"));
        }

        using (var writer = MappedTable<Layouts.Trade>.Open(path, MapAccess.ReadWrite))
        {
            writer.Append(new Layouts.Trade { Id = 1000, Price = 1, Quantity = 2, Side = Layouts.Side.Buy, Symbol = "NEW" });
            writer.Append(new Layouts.Trade { Id = 1001, Price = 3, Quantity = 4, Side = Layouts.Side.Sell, Symbol = "NEWER" });
        }

        using var reopened = DescribedTable.Open(path);
        ExportResult second = TableExport.ToArrowFile(reopened, _dir.File("day2.arrow"), new ExportOptions { FromRecord = first.NextRecord });

        Assert.Equal(new ExportResult(0, 100, 100), first);
        Assert.Equal(new ExportResult(100, 2, 102), second);
        RecordBatch batch = Assert.Single(ReadAll(_dir.File("day2.arrow"), out _));
        Assert.Equal([1000L, 1001L], ((Int64Array)batch.Column("Id")).Values.ToArray());
        Assert.Equal("NEWER", ((StringArray)batch.Column("Symbol")).GetString(1));
    }

    [Fact]
    public void Progress_reports_each_batch_and_ends_at_the_total()
    {
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 250));
        var reports = new List<ExportProgress>();

        using var stream = new MemoryStream();
        TableExport.ToArrowFile(table, stream, new ExportOptions { BatchSize = 100, FromRecord = 20, MaxRecords = 200, Progress = reports.Add });

        Assert.Equal([new(100, 200), new(200, 200)], reports);
    }

    [Fact]
    public void A_start_past_the_records_is_refused_naming_the_file_and_writes_nothing()
    {
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 10));
        string arrow = _dir.File("out.arrow");

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => TableExport.ToArrowFile(table, arrow, new ExportOptions { FromRecord = 11 }));

        Assert.Contains("trades.tbl", e.Message, StringComparison.Ordinal);
        Assert.Contains("10 records", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(arrow));
        Assert.Throws<ArgumentOutOfRangeException>(() => TableExport.ToArrowFile(table, arrow, new ExportOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TableExport.ToArrowFile(table, arrow, new ExportOptions { FromRecord = -1 }));
    }

    [Fact]
    public void Invalid_UTF8_in_a_record_fails_the_export_naming_record_and_field_and_leaves_no_file()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 300);
        long recordsOffset;
        using (var table = DescribedTable.Open(path))
        {
            recordsOffset = table.RecordsOffset;
        }

        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = recordsOffset + (257 * 32) + 21;
            file.WriteByte(0xFF);
        }

        string arrow = _dir.File("out.arrow");
        File.WriteAllText(arrow, "yesterday's export");
        using var damaged = DescribedTable.Open(path);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => TableExport.ToArrowFile(damaged, arrow, new ExportOptions { BatchSize = 100 }));

        Assert.Contains("'Symbol' of record 257", e.Message, StringComparison.Ordinal);
        Assert.Contains("trades.tbl", e.Message, StringComparison.Ordinal);
        Assert.Equal("yesterday's export", File.ReadAllText(arrow));
        Assert.False(File.Exists(arrow + ".partial"));
    }

    internal static List<RecordBatch> ReadAll(string path, out Schema schema)
    {
        using FileStream stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        var batches = new List<RecordBatch>();
        while (reader.ReadNextRecordBatch() is RecordBatch batch)
        {
            batches.Add(batch);
        }

        schema = reader.Schema;
        return batches;
    }

    // pyarrow's spelling of the types the export writes, from Apache.Arrow's type objects.
    private static string ArrowTypeText(Apache.Arrow.Types.IArrowType type) => type switch
    {
        Apache.Arrow.Types.FixedSizeListType list => $"fixed_size_list<item: {ArrowTypeText(list.ValueDataType)} not null>[{list.ListSize}]",
        Apache.Arrow.Types.FixedSizeBinaryType binary => $"fixed_size_binary[{binary.ByteWidth}]",
        Apache.Arrow.Types.TimestampType { Unit: Apache.Arrow.Types.TimeUnit.Microsecond, Timezone: null } => "timestamp[us]",
        Apache.Arrow.Types.HalfFloatType => "halffloat",
        Apache.Arrow.Types.BooleanType => "bool",
        Apache.Arrow.Types.StringType => "string",
        _ => type.Name,
    };
}
