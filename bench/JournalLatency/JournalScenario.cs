using MappedStructs;

namespace JournalLatency;

/// <summary>
/// One journal run of the harness: <see cref="Name"/> labels its result line; <see cref="Rate"/> messages a second (0 for as
/// fast as it can); <see cref="Counts"/> measures throughput instead of latency; <see cref="Batch"/> above 1 appends in
/// batches of that size; <see cref="Pretouch"/> runs the appender's pretoucher.
/// </summary>
internal sealed record JournalScenario(string Name, long Messages, long Rate, long Warmup)
{
    public JournalWait Wait { get; init; } = JournalWait.BusySpin;

    public bool Counts { get; init; }

    public int Batch { get; init; } = 1;

    public bool Pretouch { get; init; }
}
