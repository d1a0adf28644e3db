using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MappedStructs.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

/// <summary>Fix All says what it does, whichever diagnostic it was started from, and covers a layout's MAPS0006 and MAPS0007 alike.</summary>
public sealed class FixAllTitleTests
{
    private const string MixedMisalignment = """
        using MappedStructs;

        [MappedLayout]
        public partial record struct T
        {
            [Field(0)] public byte A { get; init; }
            [Field(1)] public int B { get; init; }
            [Field(5), Atomic] public long C { get; init; }
        }
        """;

    [Fact]
    public async Task Fix_all_started_from_an_atomic_names_no_diagnostic_id_and_aligns_the_plain_field_too()
    {
        Document document = FixWorkspace.Create(MixedMisalignment);
        ImmutableArray<Diagnostic> diagnostics = await FixWorkspace.DiagnosticsAsync(document);
        var provider = new MisalignedOffsetCodeFixProvider();
        Diagnostic atomic = diagnostics.Single(d => d.Id == DiagnosticDescriptors.MisalignedAtomicField.Id);
        CodeAction single = Assert.Single(await FixWorkspace.ActionsAsync(document, provider, atomic));

        CodeAction? fixAll = await FixWorkspace.FixAllAsync(document, provider, diagnostics, single.EquivalenceKey!, atomic.Id);

        Assert.NotNull(fixAll);
        Assert.Equal("Move the misaligned fields of each layout to free aligned offsets", fixAll.Title);
        string fixedText = await FixWorkspace.ApplyAsync(document, fixAll);
        ImmutableArray<Diagnostic> remaining = await FixWorkspace.DiagnosticsAsync(FixWorkspace.Create(fixedText));
        Assert.DoesNotContain(remaining, d => d.Id is "MAPS0003" or "MAPS0006" or "MAPS0007");
        Assert.Contains("[Field(16)] public int B", fixedText, System.StringComparison.Ordinal);
        Assert.Contains("[Field(8), Atomic] public long C", fixedText, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(AddPartialCodeFixProvider))]
    [InlineData(typeof(MisalignedOffsetCodeFixProvider))]
    [InlineData(typeof(ReorderFieldsCodeFixProvider))]
    [InlineData(typeof(SetSizeCodeFixProvider))]
    [InlineData(typeof(RemoveFileModifierCodeFixProvider))]
    [InlineData(typeof(MappedStructs.CodeFixes.Shipped.RecordLayoutCodeFixProvider))]
    public async Task No_fix_all_title_names_a_diagnostic_id(System.Type providerType)
    {
        var provider = (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)System.Activator.CreateInstance(providerType)!;
        Document document = FixWorkspace.Create(MixedMisalignment);
        ImmutableArray<Diagnostic> diagnostics = await FixWorkspace.DiagnosticsAsync(document);
        CodeAction? fixAll = await FixWorkspace.FixAllAsync(document, provider, diagnostics, "any", provider.FixableDiagnosticIds.First());

        Assert.NotNull(fixAll);
        Assert.DoesNotContain("MAPS", fixAll.Title, System.StringComparison.Ordinal);
    }
}
