using System;

namespace MappedStructs;

/// <summary>Write-back, access hints and pre-faulting over ranges of the mapping.</summary>
public sealed partial class MappedFile
{
    /// <summary>Durably writes every dirty page of the mapping to the file. Does nothing for Read, CopyOnWrite and anonymous mappings.</summary>
    public void Flush() => Flush(0, Length, FlushMode.Sync);

    /// <summary>Durably writes the dirty pages of [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>) to the file.</summary>
    public void Flush(long offset, long length) => Flush(offset, length, FlushMode.Sync);

    /// <summary>
    /// Writes the dirty pages of a range to the file: <see cref="FlushMode.Sync"/> waits until they are on the device
    /// (msync MS_SYNC; FlushViewOfFile then FlushFileBuffers on Windows), <see cref="FlushMode.Async"/> only schedules the write.
    /// The range is widened to whole pages. The OS may write dirty pages earlier on its own.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within <see cref="Length"/>.</exception>
    /// <exception cref="System.IO.IOException">The OS reported a write error.</exception>
    public void Flush(long offset, long length, FlushMode mode)
    {
        if (mode is not (FlushMode.Sync or FlushMode.Async))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown FlushMode.");
        }

        if (_windows is not null)
        {
            FlushWindowed(offset, length, mode);
            return;
        }

        using RegionLease lease = LeaseRegion(offset, length);
        lease.Region?.Flush(offset, length, mode);
    }

    /// <summary>Tells the OS how a range will be used (madvise; PrefetchVirtualMemory for WillNeed on Windows). See <see cref="MapAdvice"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not within <see cref="Length"/>, or the advice is unknown.</exception>
    public void Advise(long offset, long length, MapAdvice advice)
    {
        if (advice is < MapAdvice.Normal or > MapAdvice.NoHugePage)
        {
            throw new ArgumentOutOfRangeException(nameof(advice), advice, "Unknown MapAdvice.");
        }

        if (_windows is not null)
        {
            AdviseWindowed(offset, length, advice);
            return;
        }

        using RegionLease lease = LeaseRegion(offset, length);
        lease.Region?.Advise(offset, length, advice);
    }

    /// <summary>
    /// Faults a range in now, so that later accesses do not stall on page faults: MADV_POPULATE_READ / MADV_POPULATE_WRITE on Linux 5.14+,
    /// touching one word per page elsewhere. With <paramref name="forWrite"/> the pages are made writable (and, for CopyOnWrite, copied).
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="forWrite"/> on a read-only mapping.</exception>
    public void Prefault(long offset, long length, bool forWrite = false) => Prefault(offset, length, forWrite, PrefaultMethod.PreferKernel);

    /// <summary>Prefaults as <see cref="Prefault(long, long, bool)"/> does, by the given method; tests choose the page-touching fallback.</summary>
    internal void Prefault(long offset, long length, bool forWrite, PrefaultMethod method)
    {
        if (forWrite && Access == MapAccess.Read)
        {
            throw MappingErrors.ReadOnly(Path);
        }

        if (_windows is not null)
        {
            PrefaultWindowed(offset, length, forWrite, method);
            return;
        }

        using RegionLease lease = LeaseRegion(offset, length);
        lease.Region?.Prefault(offset, length, forWrite, method);
    }
}
