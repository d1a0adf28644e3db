using System.Threading;

namespace MappedStructs;

/// <summary>
/// A reference count over something many users share (a journal's metadata mapping, held by the journal, its tailers,
/// its appender and a waiter's cancellation callback): the owner holds the first reference, and the release runs when the
/// last one is given back, so closing the owner never unmaps under a user that still holds one.
/// </summary>
internal sealed class CountedLease
{
    private readonly System.Action _release;
    private int _count = 1;
    private int _closed;

    public CountedLease(System.Action release) => _release = release;

    /// <summary>Takes a reference; false once the owner has closed (no new user may start).</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            int count = Volatile.Read(ref _count);
            if (count == 0 || Volatile.Read(ref _closed) != 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _count, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    /// <summary>Gives a reference back; the last one runs the release.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _count) == 0)
        {
            _release();
        }
    }

    /// <summary>Gives the owner's reference back (once): no new reference can be taken after it.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            Release();
        }
    }
}
