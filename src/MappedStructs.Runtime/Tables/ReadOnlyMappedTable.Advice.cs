namespace MappedStructs;

/// <summary>Access advice and prefaulting over the table's records, forwarded to the file's mapping.</summary>
public sealed partial class ReadOnlyMappedTable<T>
{
    /// <inheritdoc cref="MappedTable{T}.Advise(MapAdvice)"/>
    public void Advise(MapAdvice advice) => _storage.AdviseRecords(0, _storage.MappedCapacity, advice);

    /// <inheritdoc cref="MappedTable{T}.Advise(long, long, MapAdvice)"/>
    public void Advise(long start, long count, MapAdvice advice) => _storage.AdviseRecords(start, count, advice);

    /// <summary>Faults in the pages of <paramref name="count"/> records from <paramref name="start"/> now, for reading.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The records are not within the mapped capacity.</exception>
    /// <exception cref="System.ObjectDisposedException">The table has been disposed.</exception>
    public void Prefault(long start, long count) => _storage.PrefaultRecords(start, count, forWrite: false);

    /// <inheritdoc cref="MappedTable{T}.Prefault()"/>
    public void Prefault() => _storage.PrefaultRecords(0, Count, forWrite: false);
}
