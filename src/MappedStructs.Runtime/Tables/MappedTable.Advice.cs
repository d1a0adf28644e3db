namespace MappedStructs;

/// <summary>Access advice and prefaulting over the table's records, forwarded to the file's mapping.</summary>
public sealed partial class MappedTable<T>
{
    /// <summary>
    /// Tells the OS how the records mapped now (the published ones and the room after them) will be used, e.g.
    /// <c>table.Advise(MapAdvice.Sequential)</c> before a scan (madvise; see <see cref="MapAdvice"/>). The header page keeps
    /// its own advice. A table that grows, or follows a writer past its mapping, maps the file again: advise again then.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The advice is unknown.</exception>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public void Advise(MapAdvice advice) => _storage.AdviseRecords(0, _storage.MappedCapacity, advice);

    /// <summary>Tells the OS how <paramref name="count"/> records from <paramref name="start"/> will be used (see <see cref="Advise(MapAdvice)"/>).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The records are not within the mapped capacity, or the advice is unknown.</exception>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public void Advise(long start, long count, MapAdvice advice) => _storage.AdviseRecords(start, count, advice);

    /// <summary>
    /// Faults in the pages of <paramref name="count"/> records from <paramref name="start"/> now, so that a loop over them
    /// does not stall on page faults (see <see cref="MappedFile.Prefault(long, long, bool)"/>); with
    /// <paramref name="forWrite"/> the pages are made writable too.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The records are not within the mapped capacity.</exception>
    /// <exception cref="System.InvalidOperationException"><paramref name="forWrite"/> on a table opened <see cref="MapAccess.Read"/>.</exception>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public void Prefault(long start, long count, bool forWrite = false) => _storage.PrefaultRecords(start, count, forWrite);

    /// <summary>Faults in the pages of the records published now, for reading (see <see cref="Prefault(long, long, bool)"/>).</summary>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public void Prefault() => _storage.PrefaultRecords(0, Count, forWrite: false);
}
