using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>
/// The generator never takes the build down: a layout it cannot generate (too large, far fields) leaves the others
/// generated, and neither throws (a generator exception is CS8785, and Roslyn then drops the output of every layout).
/// </summary>
public class RobustnessTests
{
    private const string Layouts = """
        using MappedStructs;
        namespace Robust;

        [MappedLayout] public partial record struct Good { public long A { get; init; } public int B { get; init; } }

        [MappedLayout] public partial record struct Huge { [FixedArray(1100000000)] public short[] Samples { get; init; } }

        [MappedLayout]
        public partial record struct Point
        {
            public long A { get; init; } public long B { get; init; } public long C { get; init; } public long D { get; init; }
            public long E { get; init; } public long F { get; init; } public long G { get; init; }
        }

        [MappedLayout] public partial record struct FarField { [Field(2147483640)] public Point Where { get; init; } }

        [MappedLayout(Size = 2147483647)] public partial record struct Declared { public long A { get; init; } }

        [MappedLayout] public partial record struct AlsoGood { public Point P { get; init; } public short S { get; init; } }
        """;

    [Fact]
    public void Layouts_too_large_are_skipped_and_the_others_are_generated()
    {
        (Compilation output, GeneratorRunResult result) = GeneratorHarness.Run("Robust", Layouts);

        Assert.Equal(
            ["Robust.AlsoGood.g.cs", "Robust.Good.g.cs", "Robust.Point.g.cs"],
            result.GeneratedSources.Select(s => s.HintName).Order());
        Assert.DoesNotContain(output.GetDiagnostics(TestContext.Current.CancellationToken), d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
    }
}
