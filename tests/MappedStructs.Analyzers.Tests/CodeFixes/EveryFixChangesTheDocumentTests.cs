using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MappedStructs.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

/// <summary>
/// No code fix is offered that would leave the document as it was: over layouts with every kind of fixable mistake,
/// written on properties, on positional parameters, in classes and ref structs and around directives, each action a
/// provider registers, and Fix All started from it, changes the text.
/// </summary>
public sealed class EveryFixChangesTheDocumentTests
{
    private static readonly CodeFixProvider[] s_providers =
        [new AddPartialCodeFixProvider(), new MisalignedOffsetCodeFixProvider(), new ReorderFieldsCodeFixProvider(), new SetSizeCodeFixProvider(),
            new RemoveFileModifierCodeFixProvider()];

    public static TheoryData<string> Sources { get; } = new()
    {
        """
        using MappedStructs;
        [MappedLayout] public record struct T { public long A { get; init; } }
        [MappedLayout] public class C { public long A { get; set; } }
        [MappedLayout] public ref struct R { public long A { get; set; } }
        [MappedLayout] public ref partial struct S { public long A { get; set; } }
        """,
        """
        using MappedStructs;
        [MappedLayout(Size = 16)]
        public partial record struct T
        {
            [Field(0)] public byte A { get; init; }
            [Field(1)] public short B { get; init; }
            [Field(3)] public long C { get; init; }
            [Field(12), Atomic] public int D { get; init; }
        }
        """,
        """
        using MappedStructs;
        [MappedLayout] public partial record struct P([property: Field(0)] int A, [property: Field(4)] long B, [property: Field(13)] int C);
        """,
        """
        using MappedStructs;
        [MappedLayout(Size = 12)]
        public partial record struct P([property: Field(0)] long A, [property: Field(8)] long B);
        """,
        """
        using MappedStructs;
        [MappedLayout(Size = 8)]
        public partial record struct T
        {
            public byte A { get; init; }
            public long B { get; init; }
        }
        """,
        """
        using MappedStructs;
        [MappedLayout]
        public partial record struct T
        {
            public byte A { get; init; }
        #if DEBUG
            public int Trace { get; init; }
        #endif
            public long B { get; init; }
        }
        """,
        """
        using MappedStructs;
        [MappedLayout]
        public partial record struct P(byte A, long B);
        """,
        """
        using MappedStructs;
        [MappedLayout(Size = 16)]
        public partial record struct T
        {
            [Field(0)] public int A { get; init; }
            [Field(4)] public long B { get; init; }
            [Field(12)] public int C { get; init; }
        }
        """,
        """
        using MappedStructs;
        [MappedLayout] file partial record struct F { public long A { get; init; } }
        file partial class Holder { [MappedLayout] public partial record struct Inner { public int X { get; init; } } }
        """,
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Every_offered_fix_and_fix_all_changes_the_document(string source)
    {
        Document document = FixWorkspace.Create(source);
        ImmutableArray<Diagnostic> diagnostics = await FixWorkspace.DiagnosticsAsync(document);
        var failures = new List<string>();
        foreach (CodeFixProvider provider in s_providers)
        {
            foreach (Diagnostic diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
            {
                foreach (CodeAction action in await FixWorkspace.ActionsAsync(document, provider, diagnostic))
                {
                    if (await FixWorkspace.ApplyAsync(document, action) == source)
                    {
                        failures.Add($"{provider.GetType().Name}: '{action.Title}' for {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}");
                    }

                    CodeAction? fixAll = await FixWorkspace.FixAllAsync(document, provider, diagnostics, action.EquivalenceKey!, diagnostic.Id);
                    if (fixAll is null || await FixWorkspace.ApplyAsync(document, fixAll) == source)
                    {
                        failures.Add($"{provider.GetType().Name}: Fix All from {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition}");
                    }
                }
            }
        }

        Assert.Empty(failures);
    }
}
