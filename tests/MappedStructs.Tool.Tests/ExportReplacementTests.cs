using System;
using System.IO;
using System.Linq;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>An export replaces its output as every replacement of the library does: a link keeps pointing, permissions stay, nothing is left beside it.</summary>
public sealed class ExportReplacementTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-export-replace-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Exporting_over_a_symbolic_link_replaces_its_target_and_keeps_the_link()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need a privilege on Windows; the rename is covered by the runtime's replacement tests");
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 20));
        string target = _dir.File("exports-real.arrow");
        File.WriteAllText(target, "yesterday's export");
        string link = _dir.File("latest.arrow");
        File.CreateSymbolicLink(link, target);

        TableExport.ToArrowFile(table, link);

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(20, ArrowExportTests.ReadAll(target, out _).ConvertAll(batch => batch.Length).Sum());
    }

    [Fact]
    public void Exporting_over_a_file_keeps_its_permissions_and_leaves_no_temporary_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes do not exist on Windows");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 5));
        string parquet = _dir.File("out.parquet");
        File.WriteAllText(parquet, "old");
        File.SetUnixFileMode(parquet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        TableExport.ToParquet(table, parquet);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(parquet));
        Assert.Equal(["out.parquet", "trades.tbl"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
