using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Keeps the mappings of an object that one thread uses at a time (a tailer's reader, the appender's writer) alive while
/// that thread is inside one of its calls, when another thread disposes it: <see cref="Close"/> runs the release at once
/// when no thread is inside, or leaves it to the thread inside, which runs it as it leaves. The thread inside pays plain
/// stores and loads, no interlocked operation: the closing thread issues a process-wide barrier
/// (<see cref="Interlocked.MemoryBarrierProcessWide"/>) instead, so that either it sees the thread inside or that thread
/// sees the close (an asymmetric Dekker handshake; Dispose is rare, a read or an append is not).
/// </summary>
internal sealed class SingleThreadLease
{
    private readonly Action _release;
    private int _holder;
    private int _closing;
    private int _released;

    public SingleThreadLease(Action release) => _release = release;

    /// <summary>Whether the object is being or has been disposed: a thread inside stops at its next check.</summary>
    public bool IsClosing => Volatile.Read(ref _closing) != 0;

    /// <summary>Whether the calling thread is inside (for instance with an appender's claim open).</summary>
    public bool IsHeldByCurrentThread => Volatile.Read(ref _holder) == Environment.CurrentManagedThreadId;

    /// <summary>Enters for one call; throws <see cref="ObjectDisposedException"/> naming <paramref name="owner"/> once closing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Enter(object owner)
    {
        Volatile.Write(ref _holder, Environment.CurrentManagedThreadId);
        if (Volatile.Read(ref _closing) != 0)
        {
            RefuseClosed(owner);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RefuseClosed(object owner)
    {
        Volatile.Write(ref _holder, 0);
        ReleaseOnce();
        throw new ObjectDisposedException(owner.GetType().FullName);
    }

    /// <summary>Goes on holding the lease from a call that kept it, on whichever thread makes the next call.</summary>
    public void Reenter() => Volatile.Write(ref _holder, Environment.CurrentManagedThreadId);

    /// <summary>Leaves; false when the object was closed meanwhile (the release has then run: nothing it mapped may be used).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Exit()
    {
        Volatile.Write(ref _holder, 0);
        if (Volatile.Read(ref _closing) == 0)
        {
            return true;
        }

        ReleaseOnce();
        return false;
    }

    /// <summary>
    /// Closes; true when another thread holds the lease and the release waits for it to leave. The holding thread closing
    /// itself releases at once: it is not inside a call then, only holding what its last call returned.
    /// </summary>
    public bool Close()
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return false;
        }

        Interlocked.MemoryBarrierProcessWide();
        int holder = Volatile.Read(ref _holder);
        if (holder != 0 && holder != Environment.CurrentManagedThreadId)
        {
            return true;
        }

        ReleaseOnce();
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReleaseOnce()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _release();
        }
    }
}
