using System;

namespace MappedStructs.ColdReads;

/// <summary>
/// One way of reading the cold file; <see cref="Run"/> returns the sum as exact text (a long, or a double whose digits are
/// exact by the data set's construction), which every method of a workload must agree on.
/// </summary>
/// <param name="Name">The name in the report.</param>
/// <param name="Workload">The workload it performs.</param>
/// <param name="Description">What it does, for the report.</param>
/// <param name="Run">One pass over the file, from its open to its close.</param>
internal sealed record ColdMethod(string Name, Workload Workload, string Description, Func<ColdFile, string> Run);
