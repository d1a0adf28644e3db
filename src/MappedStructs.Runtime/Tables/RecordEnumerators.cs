namespace MappedStructs;

/// <summary>Enumerates a table's records in order, read-only; <c>foreach (Trade.ReadOnlyRef r in table)</c> converts each one.</summary>
/// <typeparam name="T">The layout.</typeparam>
public ref struct ReadOnlyRecordEnumerator<T> where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;
    private readonly long _count;
    private long _index;

    internal ReadOnlyRecordEnumerator(TableStorage storage, long count)
    {
        _storage = storage;
        _count = count;
        _index = -1;
    }

    /// <summary>The current record.</summary>
    public readonly ReadOnlyMappedRecord<T> Current => new(_storage.RecordBytes(_index));

    /// <summary>Advances to the next record; false after the last one published when enumeration started.</summary>
    public bool MoveNext() => ++_index < _count;

    /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
    public readonly ReadOnlyRecordEnumerator<T> GetEnumerator() => this;
}

/// <summary>Enumerates a writable table's records in order; <c>foreach (Trade.Ref r in table.EnumerateWritable())</c>.</summary>
/// <typeparam name="T">The layout.</typeparam>
public ref struct RecordEnumerator<T> where T : struct, IMappedLayout<T>
{
    private readonly TableStorage _storage;
    private readonly long _count;
    private long _index;

    internal RecordEnumerator(TableStorage storage, long count)
    {
        _storage = storage;
        _count = count;
        _index = -1;
    }

    /// <summary>The current record.</summary>
    public readonly MappedRecord<T> Current => new(_storage.RecordBytes(_index));

    /// <summary>Advances to the next record; false after the last one published when enumeration started.</summary>
    public bool MoveNext() => ++_index < _count;

    /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
    public readonly RecordEnumerator<T> GetEnumerator() => this;
}
