using System.IO;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// The journal's own per-message cost in one process, one thread: a batch of 40-byte <see cref="JournalTick"/> messages
/// claimed, written through <c>JournalTick.Ref</c> and published, then read back by a tailer through
/// <c>JournalTick.ReadOnlyRef</c>. No second core and no cache line moving between cores, so this is the floor under the
/// two-process throughput of bench/JournalLatency. Each invocation starts a fresh journal in one cycle large enough for
/// the batch (no roll is timed). Time is per message. The batch cases claim <see cref="BatchSize"/> messages at once
/// (one clock read, one barrier, one wake-up check per batch); <see cref="Pretouch"/> runs the appender's pretoucher thread.
/// </summary>
public class JournalThroughputBenchmarks
{
    private const int Messages = 262_144;
    private const int BatchSize = 16;
    private const long CycleSize = 64L << 20;
    private string _directory = "";
    private MappedJournal _journal = null!;
    private JournalAppender _appender = null!;
    private JournalTailer _tailer = null!;

    /// <summary>Whether the appender's pretoucher thread keeps the pages ahead of the write position mapped.</summary>
    [Params(false, true)]
    public bool Pretouch { get; set; }

    /// <summary>The journal's directory under the benchmark work directory.</summary>
    [GlobalSetup]
    public void SetUp() => _directory = Path.Combine(BenchSettings.WorkDirectory, "journal-throughput");

    /// <summary>A new journal, its appender and a tailer at its start (not timed).</summary>
    [IterationSetup]
    public void StartJournal()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        _journal = MappedJournal.Create(_directory, new JournalOptions { CycleSize = CycleSize, Pretouch = Pretouch });
        _appender = _journal.CreateAppender();
        _tailer = _journal.CreateTailer(JournalStart.Oldest);
    }

    /// <summary>Disposes the journal and deletes it (not timed).</summary>
    [IterationCleanup]
    public void EndJournal()
    {
        _journal.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Claim, write in place, publish: the appender's path.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public long Append()
    {
        for (int i = 0; i < Messages; i++)
        {
            AppendOne(i);
        }

        return _appender.NextSequence;
    }

    /// <summary>Append each message and read it back at once: the appender's and the tailer's paths together.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public long AppendThenRead()
    {
        long sum = 0;
        for (int i = 0; i < Messages; i++)
        {
            AppendOne(i);
            _tailer.TryRead(out JournalMessage message);
            JournalTick.ReadOnlyRef tick = message.Record<JournalTick>();
            sum += tick.Quantity;
        }

        return sum;
    }

    /// <summary>The appender's path in batches of <see cref="BatchSize"/>: claim them at once, write each in place, publish them at once.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public long AppendBatch()
    {
        for (int i = 0; i < Messages; i += BatchSize)
        {
            AppendBatchAt(i);
        }

        return _appender.NextSequence;
    }

    /// <summary>Append a batch and read each of its messages back at once.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public long AppendBatchThenRead()
    {
        long sum = 0;
        for (int i = 0; i < Messages; i += BatchSize)
        {
            AppendBatchAt(i);
            for (int read = 0; read < BatchSize; read++)
            {
                _tailer.TryRead(out JournalMessage message);
                JournalTick.ReadOnlyRef tick = message.Record<JournalTick>();
                sum += tick.Quantity;
            }
        }

        return sum;
    }

    private void AppendBatchAt(int first)
    {
        using JournalBatch batch = _appender.ClaimBatch<JournalTick>(BatchSize);
        for (int index = 0; index < BatchSize; index++)
        {
            JournalTick.Ref tick = batch.Record<JournalTick>(index);
            int i = first + index;
            tick.Number = i;
            tick.Symbol = i & 63;
            tick.Price = 100.25;
            tick.Quantity = i & 1023;
        }

        batch.Publish();
    }

    private void AppendOne(int i)
    {
        using JournalClaim claim = _appender.Claim<JournalTick>();
        JournalTick.Ref tick = claim.Record<JournalTick>();
        tick.Number = i;
        tick.Symbol = i & 63;
        tick.Price = 100.25;
        tick.Quantity = i & 1023;
        claim.Publish();
    }
}
