using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Analyzer = MappedStructs.Analyzers.Declarations.GeneratedConstantAnalyzer;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.GeneratedConstantAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// MAPS0026: a layout attribute that uses a constant the generator emits. The generator never sees generated code, so
/// the layout is not generated; without this the user sees only that its Ref does not exist.
/// </summary>
public sealed class GeneratedConstantTests
{
    private const string Other = """
        [MappedLayout]
        public partial record struct Other
        {
            public const int HandWritten = 16;
            public long X { get; init; }
        }

        public static class Consts { public const int HeaderSize = 8; }
        """;

    /// <summary>What the generator emits into Other, as the analyzers see it in a build.</summary>
    private const string OtherGenerated = """
        using System.CodeDom.Compiler;

        public partial record struct Other
        {
            [GeneratedCode("MappedStructs.Generator", "1.0.0")] public const int Size = 8;

            [GeneratedCode("MappedStructs.Generator", "1.0.0")]
            public static class Offsets { public const int X = 0; }
        }
        """;

    private static string Trade(string attribute, string body) => $$"""
        using MappedStructs;

        [{{attribute}}]
        public partial record struct Trade
        {
            {{body}}
        }

        {{Other}}
        """;

    /// <summary>The compiler's own errors (an argument that does not bind) are not what these tests are about.</summary>
    private static Task VerifyAsync(string source, bool withGenerated, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        if (withGenerated)
        {
            test.TestState.Sources.Add(("Other.g.cs", OtherGenerated));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult At(int location, string constant)
        => Verify.Diagnostic(DiagnosticDescriptors.GeneratedConstantInAttribute).WithLocation(location).WithArguments(constant, "Trade");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_generated_size_in_an_offset_is_reported_on_the_argument(bool withGenerated)
        => await VerifyAsync(Trade("MappedLayout", "[Field({|#0:Other.Size + 40|})] public long A { get; init; }"), withGenerated, At(0, "Other.Size"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_generated_offset_is_reported_with_its_whole_name(bool withGenerated)
        => await VerifyAsync(Trade("MappedLayout", "[Field({|#0:Other.Offsets.X|})] public long A { get; init; }"), withGenerated, At(0, "Other.Offsets.X"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_generated_size_as_the_layouts_size_is_reported(bool withGenerated)
        => await VerifyAsync(Trade("MappedLayout(Size = {|#0:Other.Size|})", "public long A { get; init; }"), withGenerated, At(0, "Other.Size"));

    /// <summary>A layout whose fields take <c>Size</c> and <c>Offsets</c> gets <c>Size_</c> and <c>Offsets_</c>: still generated constants.</summary>
    [Fact]
    public async Task A_generated_constant_under_its_escaped_name_is_reported()
        => await VerifyAsync(
            Trade("MappedLayout", "[Field({|#0:Other.Size_ + 40|})] public long A { get; init; } [Field({|#1:Other.Offsets__.X|})] public long B { get; init; }"),
            false,
            At(0, "Other.Size_"),
            At(1, "Other.Offsets__.X"));

    [Fact]
    public async Task A_length_using_the_layouts_own_generated_offsets_is_reported()
        => await VerifyAsync(Trade("MappedLayout", "public long A { get; init; } [FixedArray({|#0:Offsets.A + 2|})] public byte[] B { get; init; }"), false, At(0, "Offsets.A"));

    [Fact]
    public async Task Hand_written_constants_literals_and_names_that_do_not_exist_are_not_reported()
        => await VerifyAsync(
            Trade("MappedLayout(Size = Other.HandWritten)", """
                [Field(Consts.HeaderSize + 0)] public long A { get; init; }
                [Field(Other.HandWritten - 8)] public long B { get; init; }
                [Field(Missing.Size)] public long C { get; init; }
                [Field(Other.)] public long D { get; init; }
                """),
            withGenerated: false);

    [Fact]
    public void The_analyzer_is_in_the_catalogue()
        => Assert.Contains(new Analyzer().SupportedDiagnostics, d => d.Id == "MAPS0026");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_generated_constant_in_a_bit_width_is_reported_and_a_hand_written_one_is_not(bool withGenerated)
        => await VerifyAsync(
            Trade("MappedLayout", "[Field(0), Bits(0, {|#0:Other.Size|})] public byte A { get; init; } [Field(1), Bits(0, Consts.HeaderSize)] public byte B { get; init; }"),
            withGenerated,
            At(0, "Other.Size"));
}
