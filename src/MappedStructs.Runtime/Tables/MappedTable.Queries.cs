using System;
using System.Collections.Generic;
using System.IO;

namespace MappedStructs;

/// <summary>Searching a sorted table, sorting it in place, and the records as copies for LINQ.</summary>
public sealed partial class MappedTable<T>
{
    /// <summary>
    /// Over a table sorted ascending by the key <paramref name="keySelector"/> reads: the index of the first record whose
    /// key is not below <paramref name="key"/>, or <see cref="Count"/> when every key is below it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public long LowerBound<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.Bound(_storage, 0, Count, key, keySelector, upper: false);

    /// <summary>
    /// Over a table sorted ascending by the key <paramref name="keySelector"/> reads: the index of the first record whose
    /// key is above <paramref name="key"/>, or <see cref="Count"/> when none is.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public long UpperBound<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.Bound(_storage, 0, Count, key, keySelector, upper: true);

    /// <summary>
    /// Over a table sorted ascending by the key <paramref name="keySelector"/> reads: the records whose key equals
    /// <paramref name="key"/>, as [Start, End) (<see cref="LowerBound{TKey}"/>, <see cref="UpperBound{TKey}"/>); empty,
    /// at the insertion point, when none does. Duplicate keys (repeated timestamps) are all inside it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public (long Start, long End) EqualRange<TKey>(TKey key, Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey> =>
        TableSearch.EqualRange(_storage, Count, key, keySelector);

    /// <summary>
    /// Sorts the published records in place, ascending by the key <paramref name="keySelector"/> reads, moving them
    /// inside the mapping (nothing is copied to managed memory but two records of scratch). Not stable: records with
    /// equal keys may change order; add a tie-breaker to the key (a sequence field) where their order matters.
    /// </summary>
    /// <remarks>
    /// Readers in other processes are not ordered with the moves: one may see a record half-moved. Sort when none reads,
    /// or coordinate with them. Makes this table the file's appender, as <see cref="Append"/> does. On a file of a newer layout
    /// version whole records move, with the fields this code does not know.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    /// <exception cref="IOException">Another table is the file's appender.</exception>
    public void Sort<TKey>(Func<ReadOnlyMappedRecord<T>, TKey> keySelector) where TKey : IComparable<TKey>
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        RequireSorter();
        TableSort.Sort<T, KeyOrder<T, TKey>>(_storage, Count, new KeyOrder<T, TKey>(_storage, keySelector));
    }

    /// <summary>
    /// Sorts the published records in place by <paramref name="comparison"/>; otherwise as <see cref="Sort{TKey}"/>.
    /// An inconsistent comparison leaves the records in some order, never touches memory outside them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    /// <exception cref="IOException">Another table is the file's appender.</exception>
    public void Sort(Comparison<ReadOnlyMappedRecord<T>> comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        RequireSorter();
        TableSort.Sort<T, ComparisonOrder<T>>(_storage, Count, new ComparisonOrder<T>(_storage, comparison));
    }

    /// <summary>
    /// The records as copies of <typeparamref name="T"/>, for LINQ (<c>table.AsEnumerable().Where(...)</c>). Each
    /// enumeration takes the count when it starts. Every record is copied out and the enumerator is an object, so prefer
    /// <c>foreach</c> over the table (in place, no allocation) where the cost matters (see docs/tables.md).
    /// </summary>
    public IEnumerable<T> AsEnumerable() => TableValues.Copies<T>(_storage);

    /// <summary>
    /// What a sort needs: a writable table that is the file's appender, so that no append races the moves. Unlike an append
    /// it is allowed on a file of a newer layout version: it moves whole records and defines no field.
    /// </summary>
    private void RequireSorter()
    {
        RequireWritable();
        _storage.EnsureAppender();
    }
}
