using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>
/// A file-local type (<c>file partial record struct</c>, or a layout nested in a file-local class) can only be completed
/// by partial declarations in its own file, which a generated file is not: the engine reports it (MAPS0045), so the
/// generator leaves it alone instead of emitting a second, unrelated type whose members fail to compile. The layouts
/// beside it are generated as usual.
/// </summary>
public class FileLocalLayoutTests
{
    private const string Layouts = """
        using MappedStructs;
        namespace Local;

        [MappedLayout] file partial record struct Hidden { public long Id { get; init; } }

        file partial class Holder
        {
            [MappedLayout] public partial record struct Inner { public int X { get; init; } }
        }

        [MappedLayout] public partial record struct Visible { public long Id { get; init; } }

        public partial class Outer
        {
            [MappedLayout] public partial record struct Nested { public int X { get; init; } }
        }
        """;

    [Fact]
    public void File_local_layouts_get_no_generated_code_and_the_others_compile()
    {
        (Compilation output, GeneratorRunResult result) = GeneratorHarness.Run("FileLocal", Layouts);

        Assert.Equal(["Local.Outer.Nested.g.cs", "Local.Visible.g.cs"], result.GeneratedSources.Select(s => s.HintName).Order());
        Assert.Empty(GeneratorHarness.Problems(output));
    }
}
