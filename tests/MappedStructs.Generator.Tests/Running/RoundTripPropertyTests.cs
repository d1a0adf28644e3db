using System;
using System.Collections.Generic;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Random layouts and random values, round-tripped through the generated Ref, ReadOnlyRef, Load and Store and checked
/// against the BinaryPrimitives oracle. Each sample is one compilation holding several layouts, so the run stays short.
/// </summary>
public class RoundTripPropertyTests
{
    private const int ValueSetsPerLayout = 8;

    [Fact]
    public void Random_layouts_round_trip_through_every_accessor()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                IReadOnlyList<TestLayout> layouts = RandomLayouts.Draw(random, outerCount: 4);
                using var assembly = RunnableAssembly.Build("Random" + (uint)seed, ProbeSource.Unit(layouts));
                foreach (TestLayout layout in layouts)
                {
                    LayoutChecks.CheckMetadata(assembly, layout);
                    for (int i = 0; i < ValueSetsPerLayout; i++)
                    {
                        LayoutChecks.CheckRoundTripsInEveryOrder(assembly, layout, random);
                    }
                }
            },
            iter: 5,
            threads: 1);
    }
}
