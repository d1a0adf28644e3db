using System;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>The tool as a user gets it: installed from its package, every command run as a process on a table a test wrote.</summary>
public sealed class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>, IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_installed_tool_runs_every_command_on_a_table()
    {
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 1000);

        ProcessOutcome info = tool.Run("info", path);
        ProcessOutcome show = tool.Run("show", path, "--tail", "1");
        ProcessOutcome dump = tool.Run("dump", path, "--format", "csv", "--out", _dir.File("trades.csv"));
        ProcessOutcome verify = tool.Run("verify", path, "--sorted-by", "Id");
        ProcessOutcome parquet = tool.Run("export", path, "--to", "parquet", _dir.File("trades.parquet"));
        ProcessOutcome arrow = tool.Run("export", path, "--to", "arrow", _dir.File("trades.arrow"));
        ProcessOutcome schema = tool.Run("schema", path, "--as", "c");
        ProcessOutcome notATable = tool.Run("info", typeof(InstalledToolTests).Assembly.Location);
        ProcessOutcome badArgument = tool.Run("schema", path, "--as", "cobol");

        Assert.True(info.ExitCode == 0, info.OutputAndErrors);
        Assert.Contains("records      1,000 of capacity 1,000", info.Output, StringComparison.Ordinal);
        Assert.Contains("header       healthy", info.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+999\s+2997\s", show.Output);
        Assert.Equal(0, dump.ExitCode);
        Assert.Equal(1001, File.ReadAllLines(_dir.File("trades.csv")).Length);
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("healthy: ", verify.Output, StringComparison.Ordinal);
        Assert.Contains("(1000 records)", parquet.Output, StringComparison.Ordinal);
        Assert.Contains("next --from 1000", arrow.Output, StringComparison.Ordinal);
        Assert.Equal(1000, ArrowExportTests.ReadAll(_dir.File("trades.arrow"), out _).Sum(b => b.Length));
        Assert.Contains("_Static_assert(sizeof(struct Trade) == 32", schema.Output, StringComparison.Ordinal);
        Assert.Equal(1, notATable.ExitCode);
        Assert.Contains("is not a MappedStructs table", notATable.Errors, StringComparison.Ordinal);
        Assert.Contains("starting 4D 5A", notATable.Errors, StringComparison.Ordinal);
        Assert.Equal(2, badArgument.ExitCode);
        Assert.Single(badArgument.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
