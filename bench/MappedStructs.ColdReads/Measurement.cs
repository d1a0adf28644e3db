namespace MappedStructs.ColdReads;

/// <summary>One timed pass of one method over the cold file.</summary>
/// <param name="Method">The method.</param>
/// <param name="Trial">Which trial (from 0).</param>
/// <param name="Seconds">The pass, from the open to the close.</param>
/// <param name="Sum">What it summed (all methods of a workload must agree).</param>
/// <param name="Io">Major faults and storage reads during the pass.</param>
/// <param name="ResidentAfterEviction">Bytes of the file still in the page cache after the eviction, before the delay.</param>
internal sealed record Measurement(ColdMethod Method, int Trial, double Seconds, string Sum, IoCounters Io, long ResidentAfterEviction);
