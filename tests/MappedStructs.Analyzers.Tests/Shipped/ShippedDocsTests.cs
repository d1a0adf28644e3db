using System;
using System.Linq;
using MappedStructs.Analyzers.Shipped;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>The file examples of the docs are what the parser reads and the writer writes.</summary>
public sealed class ShippedDocsTests
{
    [Fact]
    public void The_example_file_of_shipped_layouts_md_reads_without_a_problem_and_is_in_the_written_form()
    {
        string example = TextBlocks("docs/shipped-layouts.md")[0];
        LayoutRecordFile read = Read(example);
        Assert.Empty(read.Problems);
        Assert.Equal([1, 2], read.Records.Select(r => r.Version));
        Assert.Equal(example, LayoutRecordWriter.Write(read.Records));
    }

    [Fact]
    public void The_entry_MAPS0039_md_shows_is_the_one_the_fix_writes()
        => Assert.Equal(ShippedVerifier.File(ShippedSources.TradeVersion2), TextBlocks("docs/diagnostics/MAPS0039.md")[0]);

    [Fact]
    public void The_entry_MAPS0043_md_shows_is_the_one_the_fix_writes_for_its_right_declaration()
        => Assert.Equal(ShippedVerifier.File(ShippedSources.TradeVersion2VenueDefault5), TextBlocks("docs/diagnostics/MAPS0043.md")[0]);

    [Fact]
    public void The_wrong_file_of_MAPS0035_md_gives_the_problem_it_quotes()
    {
        string page = RepositoryFiles.Read("docs/diagnostics/MAPS0035.md");
        LayoutRecordProblem problem = Assert.Single(Read(TextBlocks("docs/diagnostics/MAPS0035.md")[0]).Problems);
        Assert.Contains($"MAPS0035: MappedLayouts.Shipped.txt line {problem.Line}: {problem.Message}", page, StringComparison.Ordinal);
        Assert.Empty(Read(TextBlocks("docs/diagnostics/MAPS0035.md")[1]).Problems);
    }

    private static LayoutRecordFile Read(string text) => LayoutRecordParser.Parse(LayoutRecordFiles.ShippedFileName, isShipped: true, SourceText.From(text));

    // The ```text blocks of a page, each with its final line break.
    private static string[] TextBlocks(string page)
        => RepositoryFiles.Read(page).Replace("\r\n", "\n").Split("```text\n").Skip(1).Select(block => block.Substring(0, block.IndexOf("```", StringComparison.Ordinal))).ToArray();
}
