using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>
/// What the IDE feeds the generator while a user types: half-written attributes and properties, replayed one after the
/// other through one incremental driver with step tracking on. The driver never fails, the layout beside the edited one
/// stays generated, and the edited layout is generated again once its source is valid.
/// </summary>
public class EditingStateTests
{
    private const string Beside = """
        [MappedLayout] public partial record struct Steady { public long A { get; init; } }
        """;

    /// <summary>The edited layout's body, keystroke by keystroke; the last one is valid.</summary>
    public static readonly string[] Edits =
    [
        "[Field(",
        "[Field(4",
        "[Field(4)",
        "[Field(4)] public",
        "[Field(4)] public int",
        "[Field(-)] public int B { get; init; }",
        "[Field(Steady.)] public int B { get; init; }",
        "[Field(Steady.Size)] public int B { get; init; }",
        "[Field(Steady.Offsets.A + 8)] public int B { get; init; }",
        "[Field(1100000000 * 2)] public int B { get; init; }",
        "[FixedArray(] public short[] B { get; init; }",
        "[FixedArray(1100000000)] public short[] B { get; init; }",
        "[Utf8(",
        "[Utf8(8)] public string",
        "public Name { get; init; }",
        "public int { get; init; }",
        "[Field(4)] public Int { get; init; }",
        "[Field(4)] public Int B { get; init; }",
        "[Field(4)] public int B { get; init; }",
    ];

    private static string Source(string attribute, string body) => $$"""
        using MappedStructs;
        namespace Editing;

        {{Beside}}

        [{{attribute}}]
        public partial record struct Edited
        {
            [Field(0)] public int A { get; init; }
            {{body}}
        }
        """;

    private static IEnumerable<string> Sources()
    {
        foreach (string body in Edits.Take(Edits.Length - 1))
        {
            yield return Source("MappedLayout", body);
        }

        yield return Source("MappedLayout(Size = )", "[Field(4)] public int B { get; init; }");
        yield return Source("MappedLayout(Size = Steady.Size)", "[Field(4)] public int B { get; init; }");
        yield return Source("MappedLayout(Pack = ", "[Field(4)] public int B { get; init; }");
        yield return Source("MappedLayout(Size = 8)", Edits[^1]);
    }

    [Fact]
    public void Every_editing_state_replays_through_one_tracking_driver_without_failing()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile("Editing", Source("MappedLayout", Edits[0]));
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true);
        GeneratorRunResult result = default;
        foreach (string source in Sources())
        {
            SyntaxTree old = compilation.SyntaxTrees.Single();
            compilation = compilation.ReplaceSyntaxTree(old, old.WithChangedText(old.GetText(TestContext.Current.CancellationToken).Replace(0, old.Length, source)));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics, TestContext.Current.CancellationToken);
            result = Assert.Single(driver.GetRunResult().Results);

            Assert.True(result.Exception is null, $"{source}\n{result.Exception}");
            Assert.Empty(diagnostics);
            Assert.Empty(result.Diagnostics);
            Assert.Contains(result.GeneratedSources, s => s.HintName == "Editing.Steady.g.cs");
        }

        Assert.Equal(["Editing.Edited.g.cs", "Editing.Steady.g.cs"], result.GeneratedSources.Select(s => s.HintName).Order());
    }
}
