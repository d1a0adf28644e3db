using System;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace MappedStructs;

/// <summary>
/// The part of a roll that waits for the device (docs/journal.md, "Rolling and retention"), done in order on pool threads
/// so that the appender's thread goes on appending to the new cycle: retention (and recycling), syncing the old cycle
/// (<c>msync</c> and <c>fsync</c>, which waits for every dirty page of it to reach the device, up to the whole cycle),
/// committing the roll and unmapping the old cycle. Profiled on the 2-vCPU VM, that sync was the appender's largest stall:
/// a third of its time in a throughput run went to waiting in the old cycle's <c>msync</c>.
/// <para>
/// Order is what keeps power loss safe. A commit record says that everything before its position is on the device, so a
/// commit in a later cycle must not be written before the earlier cycles are synced: every flush first waits for the
/// rolls' work (<see cref="Drain"/>), and each roll's commit is written by its own work, after its sync, in roll order.
/// Syncs queue in roll order without holding the appender back (an appender faster than the device is held back by the
/// kernel's dirty-page limits, as any writer to the page cache is); retention runs in a queue of its own. A failure
/// (the device refusing a sync) is rethrown by the next flush, roll or dispose: the messages of that cycle may not
/// survive power loss.
/// </para>
/// </summary>
internal sealed class JournalRollWork
{
    /// <summary>
    /// How many rolls' syncs may be pending at once before a roll waits for them. Not a speed limit: the kernel's dirty-page
    /// limits hold back an appender that outruns the device long before (at 20% of memory by default); this only bounds
    /// the queue.
    /// </summary>
    public const int MostPending = 64;

    private Task _syncs = Task.CompletedTask;
    private Task _retention = Task.CompletedTask;
    private int _pending;

    /// <summary>
    /// Queues <paramref name="sync"/> after the syncs of earlier rolls, and <paramref name="retention"/> after their
    /// retention. Retention runs apart, so that a spare cycle is ready for the next roll even while syncs queue behind a
    /// slow device; the cycles it retires are older than every cycle a pending sync will commit.
    /// </summary>
    public void Start(Action<bool> sync, Action<bool> retention)
    {
        if (_pending >= MostPending)
        {
            Drain();
        }

        _syncs = After(_syncs, sync);
        _retention = After(_retention, retention);
        _pending++;
    }

    /// <summary>
    /// Runs <paramref name="work"/> after <paramref name="previous"/>, told whether earlier work failed: then it only
    /// releases what it holds, since a commit after a failed sync would claim what is not on the device, and the failure
    /// is carried on to <see cref="Drain"/>.
    /// </summary>
    private static Task After(Task previous, Action<bool> work) =>
        previous.ContinueWith(
            static (done, state) =>
            {
                ((Action<bool>)state!)(done.IsFaulted);
                done.GetAwaiter().GetResult();
            },
            work,
            default,
            TaskContinuationOptions.DenyChildAttach,
            TaskScheduler.Default);

    /// <summary>Waits until no roll's work is pending; rethrows the first failure, once.</summary>
    public void Drain()
    {
        if (_pending == 0)
        {
            return;
        }

        var all = Task.WhenAll(_syncs, _retention);
        _pending = 0;
        _syncs = Task.CompletedTask;
        _retention = Task.CompletedTask;
        try
        {
            all.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ExceptionDispatchInfo.Throw(new IOException($"Finishing a roll of the journal failed, so the messages of the cycle before it may not survive power loss: {e.Message}", e));
        }
    }

    /// <summary>Whether a roll's work is still running (for tests).</summary>
    public bool IsPending => _pending > 0 && !(_syncs.IsCompleted && _retention.IsCompleted);
}
