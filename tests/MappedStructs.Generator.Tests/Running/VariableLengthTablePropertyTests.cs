using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.TestSupport;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Random layouts with one to four variable-length fields among random fixed ones (scalars, enums, text, arrays, atomics,
/// nested layouts; either byte order; random offsets and Pack), compiled with the generator, and random values appended to
/// a real table, read back after reopening, replaced through the setters and read back again (see
/// <see cref="TableRoundTrip"/>). Each outer sample is one compilation of several layouts; each layout then runs a CsCheck
/// sample of its own over the values, so that a failure shrinks to few, short values and prints the layout's source with them.
/// </summary>
public sealed class VariableLengthTablePropertyTests : IDisposable
{
    private const int LayoutsPerCompilation = 3;

    private const int CasesPerLayout = 20;

    private readonly TempDirectory _directory = new("mappedstructs-varprops-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Random_layouts_with_variable_length_fields_round_trip_through_a_table()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                IReadOnlyList<TestLayout> layouts = RandomLayouts.DrawForTables(random, LayoutsPerCompilation);
                using var assembly = RunnableAssembly.Build("Tables" + (uint)seed, TableProbeSource.Unit(layouts));
                foreach (TestLayout layout in layouts)
                {
                    LayoutChecks.CheckMetadata(assembly, layout);
                }

                foreach (TestLayout layout in layouts.Where(layout => layout.HasVariableLengthFields))
                {
                    TableCase.For(layout).Sample(
                        sample => TableRoundTrip.Check(assembly, layout, sample, _directory.Path),
                        iter: CasesPerLayout,
                        threads: 1,
                        print: sample => sample.Describe(layout));
                }
            },
            iter: 5,
            threads: 1);
    }
}
