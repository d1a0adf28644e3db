namespace MappedStructs.Tool.Tests;

/// <summary>
/// Tests that count the process's allocated bytes: they run alone, after the parallel tests, so no other test's allocations
/// are counted with theirs.
/// </summary>
[CollectionDefinition(nameof(AllocationMeasurement), DisableParallelization = true)]
public sealed class AllocationMeasurement;
