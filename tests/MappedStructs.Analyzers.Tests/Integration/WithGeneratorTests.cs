using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Tests.Integration;

/// <summary>
/// The analyzers over what the real generator emits: generated members are never mistaken for user members, and the
/// access analyzers recognise the generated views (spans for host-order scalar arrays, indexers otherwise).
/// </summary>
public sealed class WithGeneratorTests
{
    [Fact]
    public async Task Valid_layouts_and_correct_accesses_give_only_the_expected_hidden_padding()
    {
        ImmutableArray<Diagnostic> diagnostics = await GeneratedProgram.AnalyzeAsync("""
            using System;
            using MappedStructs;

            public static class Program
            {
                public static long Run(MappedView view)
                {
                    Span<byte> bytes = stackalloc byte[Trade.Size];
                    var trade = Trade.Ref.From(bytes);
                    var series = Series.Ref.From(view, 0);
                    var wire = WireSeries.ReadOnlyRef.From(view, 32);
                    var copy = Trade.LoadFrom(bytes);
                    return trade.Id + series.Samples[7] + wire.Samples[3] + view.Read<long>(8) + copy.Id;
                }
            }
            """);

        // Trade leaves bytes 21-23 unused before Symbol: reported, hidden. Nothing else, and nothing in generated code.
        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("MAPS0009", only.Id);
        Assert.Equal(DiagnosticSeverity.Hidden, only.Severity);
        Assert.Equal("Layouts.cs", only.Location.SourceTree?.FilePath);
    }

    [Fact]
    public async Task Out_of_range_indexes_and_short_buffers_are_found_through_generated_views()
    {
        ImmutableArray<Diagnostic> diagnostics = await GeneratedProgram.AnalyzeAsync("""
            using System;
            using MappedStructs;

            public static class Program
            {
                public static long Run(MappedView view)
                {
                    var trade = Trade.Ref.From(stackalloc byte[16]);
                    var series = Series.Ref.From(view, 0);
                    var wire = WireSeries.ReadOnlyRef.From(view, 32);
                    var copy = Trade.LoadFrom(new byte[40]);
                    Trade.StoreTo(in copy, new byte[48]);
                    return trade.Id + series.Samples[8] + wire.Samples[4] + copy.Id;
                }
            }
            """);

        string[] reported = diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        Assert.Equal(
            [
                "MAPS0101 Index 4 is outside 'Samples', a fixed array of length 4 (valid indices are 0 to 3)",
                "MAPS0101 Index 8 is outside 'Samples', a fixed array of length 8 (valid indices are 0 to 7)",
                "MAPS0102 'Trade' needs 48 bytes but the buffer has 16",
                "MAPS0102 'Trade' needs 48 bytes but the buffer has 40",
            ],
            reported);
    }

    [Fact]
    public async Task Default_views_of_the_real_generated_types_are_found_and_nothing_in_generated_code()
    {
        ImmutableArray<Diagnostic> diagnostics = await GeneratedProgram.AnalyzeAsync("""
            using System;
            using MappedStructs;

            public static class Program
            {
                public static long Run()
                {
                    Trade.Ref trade = default;
                    var series = new Series.ReadOnlyRef();
                    WireSeries.SamplesReadOnlyArray samples = default(WireSeries.SamplesReadOnlyArray);
                    return trade.Id + series.Samples[0] + samples[0];
                }
            }
            """);

        string[] reported = diagnostics.Where(d => d.Id == "MAPS0108")
            .Select(d => d.Location.SourceTree?.FilePath + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(' ')[0])
            .Order()
            .ToArray();
        Assert.Equal(["Program.cs 'Series.ReadOnlyRef'", "Program.cs 'Trade.Ref'", "Program.cs 'WireSeries.SamplesReadOnlyArray'"], reported);
    }
}
