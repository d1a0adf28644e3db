using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>Each command of the tool, run in-process as its entry point runs it: output, exit codes, and one line for every bad input.</summary>
public sealed class ToolCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Info_prints_the_header_and_every_field()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 10);

        var run = ToolRun.Of("info", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Errors);
        Assert.Contains("format       MappedStructs table, version 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("layout       MappedStructs.Tool.Tests.Layouts.Trade: 32-byte records, alignment 8, little-endian, 5 fields", run.Output, StringComparison.Ordinal);
        Assert.Contains("records      10 of capacity 10", run.Output, StringComparison.Ordinal);
        Assert.Contains("header       healthy", run.Output, StringComparison.Ordinal);
        Assert.Contains($"fingerprint  0x{LayoutInfo.Of<Layouts.Trade>().Fingerprint:X16}", run.Output, StringComparison.Ordinal);
        foreach (LayoutField field in LayoutInfo.Of<Layouts.Trade>().Fields)
        {
            Assert.Contains(field.Name, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_file_this_project_did_not_write_is_not_a_table_with_what_was_found()
    {
        string elf = _dir.File("program");
        File.WriteAllBytes(elf, [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[200]]);
        string empty = _dir.File("empty");
        File.WriteAllBytes(empty, []);

        foreach (string command in new[] { "info", "show", "dump", "verify", "schema", "export" })
        {
            string[] args = command switch
            {
                "schema" => [command, elf, "--as", "c"],
                "export" => [command, elf, "--to", "arrow", _dir.File("x.arrow")],
                _ => [command, elf],
            };
            var run = ToolRun.Of(args);
            string message = command == "verify" ? run.Output : run.Errors;
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"'{elf}' is not a MappedStructs table: 208 bytes, starting 7F 45 4C 46 02 01 01 00", message, StringComparison.Ordinal);
            Assert.Contains("(\".ELF", message, StringComparison.Ordinal);
        }

        var emptyRun = ToolRun.Of("info", empty);
        Assert.Equal(1, emptyRun.ExitCode);
        Assert.Equal($"mappedstructs: '{empty}' is not a MappedStructs table: it is empty.\n", emptyRun.Errors);
    }

    [Theory]
    [InlineData("info", "/no/such/file.tbl")]
    [InlineData("show", "--count")]
    [InlineData("schema", "x.tbl", "--as", "rust")]
    [InlineData("dump", "x.tbl", "--format", "xml")]
    [InlineData("export", "x.tbl", "out.parquet")]
    [InlineData("frobnicate")]
    [InlineData("show", "x.tbl", "--from", "many")]
    public void Bad_arguments_and_missing_files_give_one_line_and_a_non_zero_exit(params string[] args)
    {
        var run = ToolRun.Of(args);

        Assert.NotEqual(0, run.ExitCode);
        Assert.StartsWith("mappedstructs: ", run.Errors, StringComparison.Ordinal);
        Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("info")]
    [InlineData("show")]
    [InlineData("dump")]
    [InlineData("verify")]
    [InlineData("export")]
    [InlineData("schema")]
    public void Every_command_has_help(string command)
    {
        var run = ToolRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains(command, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_head_the_tail_a_range_and_matching_records()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 100);
        using var table = DescribedTable.Open(path);

        var head = ToolRun.Of("show", path, "--count", "3");
        var tail = ToolRun.Of("show", path, "--tail", "2");
        var range = ToolRun.Of("show", path, "--from", "50", "--count", "1");
        string symbol = table.GetString(7, "Symbol");
        int matching = Enumerable.Range(0, 100).Count(r => table.GetString(r, "Symbol") == symbol);
        var where = ToolRun.Of("show", path, "--where", "Symbol=" + symbol, "--count", "1000");

        Assert.Equal(0, head.ExitCode);
        Assert.Contains("3 of 100 records shown.", head.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+0\s+0\s", head.Output);
        Assert.Matches(@"(?m)^\s+2\s+6\s", head.Output);
        Assert.Matches(@"(?m)^\s+99\s+297\s", tail.Output);
        Assert.Matches(@"(?m)^\s+98\s+294\s", tail.Output);
        Assert.DoesNotMatch(@"(?m)^\s+97\s", tail.Output);
        Assert.Matches(@"(?m)^\s+50\s+150\s", range.Output);
        Assert.Contains($"{matching} of 100 records shown.", where.Output, StringComparison.Ordinal);
        var noField = ToolRun.Of("show", path, "--where", "Colour=red");
        Assert.Equal(2, noField.ExitCode);
        Assert.Contains("has no such field (its fields: Id, Price, Quantity, Side, Symbol)", noField.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_writes_every_record_as_csv_json_lines_and_json()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 50);
        using var table = DescribedTable.Open(path);

        var csv = ToolRun.Of("dump", path, "--format", "csv");
        var jsonl = ToolRun.Of("dump", path, "--format", "jsonl");
        var json = ToolRun.Of("dump", path, "--format", "json", "--out", _dir.File("trades.json"));

        string[] rows = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Price,Quantity,Side,Symbol", rows[0]);
        Assert.Equal(51, rows.Length);
        Assert.Equal(FormattableString.Invariant($"3,{table.GetDouble(1, "Price")},{table.GetInt32(1, "Quantity")},{table.GetInt32(1, "Side")},{table.GetString(1, "Symbol")}"), rows[2]);
        string[] lines = jsonl.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(50, lines.Length);
        using (var line = JsonDocument.Parse(lines[49]))
        {
            Assert.Equal(147, line.RootElement.GetProperty("Id").GetInt64());
            Assert.Equal(table.GetString(49, "Symbol"), line.RootElement.GetProperty("Symbol").GetString());
            Assert.Equal(table.GetDouble(49, "Price"), line.RootElement.GetProperty("Price").GetDouble());
        }

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(string.Empty, json.Output);
        using var all = JsonDocument.Parse(File.ReadAllText(_dir.File("trades.json")));
        Assert.Equal(50, all.RootElement.GetArrayLength());
        Assert.Equal(table.GetInt32(10, "Quantity"), all.RootElement[10].GetProperty("Quantity").GetInt32());
    }

    [Fact]
    public void Dump_writes_every_field_kind_as_valid_json()
    {
        string path = TestTables.WriteWide(_dir.File("wide.tbl"), 20, bigEndian: true);

        var jsonl = ToolRun.Of("dump", path, "--format", "jsonl");

        Assert.Equal(0, jsonl.ExitCode);
        foreach (string line in jsonl.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            Assert.Equal(27, record.RootElement.EnumerateObject().Count());
            Assert.Equal(JsonValueKind.Array, record.RootElement.GetProperty("Values").ValueKind);
        }

        using var first = JsonDocument.Parse(jsonl.Output.Split('\n')[0]);
        Assert.Equal(Int128.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture), first.RootElement.GetProperty("I128").GetRawText());
    }

    [Fact]
    public void Verify_is_healthy_for_a_good_table_and_lists_the_problems_of_a_damaged_or_unsorted_one()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 40);

        var healthy = ToolRun.Of("verify", path, "--sorted-by", "Id");
        var unsorted = ToolRun.Of("verify", path, "--sorted-by", "Price");

        Assert.Equal(0, healthy.ExitCode);
        Assert.StartsWith($"healthy: {path} (40 records", healthy.Output, StringComparison.Ordinal);
        Assert.Equal(1, unsorted.ExitCode);
        Assert.Contains("not sorted", unsorted.Output, StringComparison.Ordinal);

        long recordsOffset;
        using (var table = DescribedTable.Open(path))
        {
            recordsOffset = table.RecordsOffset;
        }

        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = recordsOffset + (13 * 32) + 21;
            file.WriteByte(0xC3);
            file.WriteByte(0x28);
        }

        var damagedText = ToolRun.Of("verify", path);
        Assert.Equal(1, damagedText.ExitCode);
        Assert.Contains("1 problem(s)", damagedText.Output, StringComparison.Ordinal);
        Assert.Contains("record 13: Symbol holds invalid UTF-8", damagedText.Output, StringComparison.Ordinal);

        using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 70;
            file.WriteByte((byte)'X');
        }

        var damagedHeader = ToolRun.Of("verify", path);
        Assert.Equal(1, damagedHeader.ExitCode);
        Assert.Contains("1 problem(s)", damagedHeader.Output, StringComparison.Ordinal);
        Assert.Contains("trades.tbl", damagedHeader.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_parquet_and_arrow_and_prints_the_next_start()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 30);

        var parquet = ToolRun.Of("export", path, "--to", "parquet", _dir.File("t.parquet"));
        var arrow = ToolRun.Of("export", path, "--to", "arrow", _dir.File("t.arrow"), "--from", "25");
        var pastEnd = ToolRun.Of("export", path, "--to", "arrow", _dir.File("u.arrow"), "--from", "31");

        Assert.Equal(0, parquet.ExitCode);
        Assert.Contains("(30 records)", parquet.Output, StringComparison.Ordinal);
        Assert.Contains("next --from 30", parquet.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(_dir.File("t.parquet")).Length > 0);
        Assert.Contains("exported records 25 to 29 (5 records)", arrow.Output, StringComparison.Ordinal);
        Assert.Equal(5, ArrowExportTests.ReadAll(_dir.File("t.arrow"), out _).Sum(b => b.Length));
        Assert.Equal(2, pastEnd.ExitCode);
        Assert.False(File.Exists(_dir.File("u.arrow")));
    }

    [Fact]
    public void Schema_prints_each_rendering()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 1);
        var layout = LayoutInfo.Of<Layouts.Trade>();

        Assert.Equal(LayoutRendering.CHeader(layout), ToolRun.Of("schema", path, "--as", "c").Output);
        Assert.Equal(LayoutRendering.NumpyDtype(layout), ToolRun.Of("schema", path, "--as", "numpy").Output);
        Assert.Equal(LayoutRendering.ArrowSchema(layout), ToolRun.Of("schema", path, "--as", "arrow").Output);
        Assert.Equal(LayoutRendering.CSharpDeclaration(layout), ToolRun.Of("schema", path, "--as", "csharp").Output);
    }
}
