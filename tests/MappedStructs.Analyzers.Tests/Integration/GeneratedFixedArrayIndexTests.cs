using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Tests.Integration;

/// <summary>MAPS0101 through locals and from-end indexes on the views the real generator emits (a span and an element view).</summary>
public sealed class GeneratedFixedArrayIndexTests
{
    [Fact]
    public async Task Locals_of_generated_fixed_array_views_and_from_end_indexes_are_checked()
    {
        ImmutableArray<Diagnostic> diagnostics = await GeneratedProgram.AnalyzeAsync("""
            using System;
            using MappedStructs;

            public static class Program
            {
                public static long Run(MappedView view)
                {
                    var series = Series.Ref.From(view, 0);
                    var wire = WireSeries.ReadOnlyRef.From(view, 32);
                    Span<int> samples = series.Samples;
                    var wireSamples = wire.Samples;
                    samples[8] = 1;
                    return samples[^1] + wireSamples[^0] + wireSamples[3] + wire.Samples[^5];
                }
            }
            """);
        Assert.Equal(
            [
                "MAPS0101 12:17 '8' Index 8 is outside 'Samples', a fixed array of length 8 (valid indices are 0 to 7)",
                "MAPS0101 13:42 '^0' Index ^0 is outside 'Samples', a fixed array of length 4 (valid indices are 0 to 3)",
                "MAPS0101 13:78 '^5' Index ^5 is outside 'Samples', a fixed array of length 4 (valid indices are 0 to 3)",
            ],
            GeneratedProgram.Describe(diagnostics));
    }
}
