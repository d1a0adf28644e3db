using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using MappedStructs.Analyzers.Access;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Analyzers.Shipped;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Tests;

/// <summary>Keeps the descriptors, the analyzers, the release-tracking file and docs/diagnostics in step.</summary>
public sealed partial class DiagnosticCatalogueTests
{
    private static readonly List<DiagnosticDescriptor> s_descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Static | BindingFlags.NonPublic)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToList();

    private static readonly DiagnosticAnalyzer[] s_analyzers =
        [new DeclarationAnalyzer(), new GeneratedConstantAnalyzer(), new AccessAnalyzer(), new FixedArrayIndexAnalyzer(), new DefaultViewAnalyzer(), new ShippedLayoutAnalyzer()];

    [Fact]
    public void Ids_are_unique_and_follow_the_pattern()
    {
        Assert.Equal(52, s_descriptors.Count);
        Assert.Equal(s_descriptors.Count, s_descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(s_descriptors, d => Assert.Matches(IdPattern(), d.Id));
        Assert.All(s_descriptors, d => Assert.Equal(d.Id.StartsWith("MAPS00", StringComparison.Ordinal) ? DiagnosticDescriptors.LayoutCategory : DiagnosticDescriptors.AccessCategory, d.Category));
    }

    [Fact]
    public void Every_descriptor_is_reported_by_exactly_one_analyzer()
    {
        var supported = s_analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(s_descriptors.Select(d => d.Id).Order(), supported.Order());
    }

    [Fact]
    public void Every_descriptor_has_a_docs_page_linked_from_the_index_and_its_help_link()
    {
        string docs = Path.Combine(RepositoryFiles.Root, "docs", "diagnostics");
        string index = File.ReadAllText(Path.Combine(docs, "README.md"));
        foreach (DiagnosticDescriptor descriptor in s_descriptors)
        {
            string page = Path.Combine(docs, descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            string text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", text, StringComparison.Ordinal);
            Assert.Contains("## Wrong", text, StringComparison.Ordinal);
            Assert.Contains("## Right", text, StringComparison.Ordinal);
            Assert.Contains("## Why it matters", text, StringComparison.Ordinal);
            Assert.Contains($"[{descriptor.Id}]({descriptor.Id}.md)", index, StringComparison.Ordinal);
            Assert.EndsWith($"docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        Assert.Equal(s_descriptors.Count + 1, Directory.GetFiles(docs, "*.md").Length);
    }

    [Fact]
    public void Every_docs_page_and_the_index_state_the_descriptors_severity()
    {
        string index = RepositoryFiles.Read("docs/diagnostics/README.md");
        foreach (DiagnosticDescriptor descriptor in s_descriptors)
        {
            string page = RepositoryFiles.Read($"docs/diagnostics/{descriptor.Id}.md");
            Assert.Contains($"| {descriptor.DefaultSeverity} | {descriptor.Category} |", page, StringComparison.Ordinal);
            Assert.Contains($"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.DefaultSeverity} |", index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unshipped_release_file_lists_every_descriptor_with_its_severity()
    {
        string path = Path.Combine(RepositoryFiles.Root, "src", "MappedStructs.Analyzers", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(path).Where(line => line.StartsWith("MAPS", StringComparison.Ordinal)).ToList();
        Assert.Equal(s_descriptors.Count, rows.Count);
        foreach (DiagnosticDescriptor descriptor in s_descriptors)
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", string.Join('\n', rows), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_message_variant_differs_from_its_descriptor_only_in_the_message()
    {
        DiagnosticDescriptor main = DiagnosticDescriptors.MisalignedAtomicField;
        DiagnosticDescriptor variant = DiagnosticDescriptors.MisalignedNestedAtomicField;
        Assert.Equal(
            (main.Id, main.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), main.Category, main.DefaultSeverity, main.IsEnabledByDefault, main.HelpLinkUri),
            (variant.Id, variant.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), variant.Category, variant.DefaultSeverity, variant.IsEnabledByDefault, variant.HelpLinkUri));
        Assert.NotEqual(main.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), variant.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^MAPS0[01][0-9]{2}$")]
    private static partial Regex IdPattern();
}
