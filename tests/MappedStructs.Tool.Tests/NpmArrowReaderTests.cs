using System;
using System.Globalization;
using System.IO;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// The npm <c>apache-arrow</c> package, Arrow's JavaScript implementation, reads the IPC export from node: the layout in the
/// schema's metadata, the batches, and every value as the table holds it. The test installs the package into a temporary
/// folder (npm's cache is kept between runs) and skips, saying why, when node or npm is missing.
/// </summary>
public sealed class NpmArrowReaderTests : IDisposable
{
    private const string ArrowPackage = "apache-arrow@21.2.0";

    // One line per record, a cell per field: integers in decimal (int64 arrives as a BigInt), the double as its little-endian
    // bytes in hex (exact), the text as is. The first lines give the row count, the batch count and the layout metadata.
    private const string Script = """
        const fs = require('fs');
        const { tableFromIPC } = require('apache-arrow');
        const table = tableFromIPC(fs.readFileSync(process.argv[2]));
        const lines = [String(table.numRows), String(table.batches.length), table.schema.metadata.get('mappedstructs.layout').split('\n')[0]];
        const columns = table.schema.fields.map(f => table.getChild(f.name));
        for (let row = 0; row < table.numRows; row++) {
          lines.push(columns.map(c => {
            const value = c.get(row);
            if (typeof value === 'number' && c.type.toString().startsWith('Float')) {
              return Buffer.from(new Float64Array([value]).buffer).toString('hex');
            }
            return String(value);
          }).join(','));
        }
        process.stdout.write(lines.join('\n') + '\n');
        """;

    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_npm_apache_arrow_reader_reads_every_value_of_the_IPC_export()
    {
        string? whyNot = ExternalTools.WhyNoNode();
        Assert.SkipWhen(whyNot is not null, whyNot ?? string.Empty);
        string packages = _dir.File("node");
        Directory.CreateDirectory(packages);
        string cache = Path.Combine(Path.GetTempPath(), "mappedstructs-npm-cache");
        ProcessLauncher.Run(
            ProcessLauncher.StartInfo("npm", "install", "--prefix", packages, "--cache", cache, "--no-audit", "--no-fund", "--loglevel=error", ArrowPackage),
            TimeSpan.FromMinutes(5)).EnsureSuccess("npm install " + ArrowPackage);
        File.WriteAllText(Path.Combine(packages, "read.js"), Script);
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 2500));
        string arrow = _dir.File("trades.arrow");
        TableExport.ToArrowFile(table, arrow, new ExportOptions { BatchSize = 1000 });

        ProcessOutcome outcome = ProcessLauncher.Run(ProcessLauncher.StartInfo("node", Path.Combine(packages, "read.js"), arrow), TimeSpan.FromMinutes(2))
            .EnsureSuccess("node reading the export with apache-arrow");

        string[] lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("2500", lines[0]);
        Assert.Equal("3", lines[1]);
        Assert.Equal(table.Layout.Describe().Split('\n')[0], lines[2]);
        Assert.Equal(2503, lines.Length);
        for (int row = 0; row < 2500; row++)
        {
            Assert.Equal(Expected(table, row), lines[row + 3]);
        }
    }

    private static string Expected(DescribedTable table, long row) => string.Join(',',
        table.GetInt64(row, "Id").ToString(CultureInfo.InvariantCulture),
        Convert.ToHexStringLower(BitConverter.GetBytes(table.GetDouble(row, "Price"))),
        table.GetInt32(row, "Quantity").ToString(CultureInfo.InvariantCulture),
        ((IFormattable)table.GetValue(row, "Side")).ToString(null, CultureInfo.InvariantCulture),
        table.GetString(row, "Symbol"));
}
