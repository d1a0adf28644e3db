using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Tests.Integration;

/// <summary>MAPS0102 on the generated <c>LoadFrom</c> and <c>StoreTo</c> copies given a constant slice.</summary>
public sealed class CopySliceTests
{
    [Fact]
    public async Task LoadFrom_and_StoreTo_of_a_short_constant_slice_are_reported_and_a_whole_record_is_not()
    {
        ImmutableArray<Diagnostic> diagnostics = await GeneratedProgram.AnalyzeAsync("""
            using System;
            using MappedStructs;

            public static class Program
            {
                public static long Run(byte[] page)
                {
                    var copy = Trade.LoadFrom(page.AsSpan(0, 40));
                    Trade.StoreTo(in copy, page.AsSpan()[8..40]);
                    var whole = Trade.LoadFrom(page.AsSpan(0, Trade.Size));
                    return copy.Id + whole.Id;
                }
            }
            """);
        Assert.Equal(
            [
                "MAPS0102 8:35 'page.AsSpan(0, 40)' 'Trade' needs 48 bytes but the buffer has 40",
                "MAPS0102 9:32 'page.AsSpan()[8..40]' 'Trade' needs 48 bytes but the buffer has 32",
            ],
            GeneratedProgram.Describe(diagnostics));
    }
}
