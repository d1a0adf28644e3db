namespace MappedStructs.Tests.Mapping;

/// <summary>Tests that measure this process' resident memory run alone, so other tests' page faults do not blur the numbers.</summary>
[CollectionDefinition(nameof(ResidentMemoryMeasurements), DisableParallelization = true)]
public sealed class ResidentMemoryMeasurements;
