using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>Work on many records at once: appending a batch, lowering the count, shortening the file.</summary>
public sealed partial class MappedTable<T>
{
    /// <summary>
    /// Writes <paramref name="values"/> after the last record and publishes them with one count store, after growing the
    /// file at most once. Returns the index of the first appended record (the count before the call).
    /// </summary>
    /// <remarks>
    /// Readers see none of the batch or all of it. When storing a value throws, nothing of the batch is published: the
    /// count stays as it was and the next append overwrites the bytes already stored.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The table is read-only, or copy-on-write without room for the batch.</exception>
    /// <exception cref="IOException">Another table is the file's appender (see <see cref="Append"/>).</exception>
    public long AppendRange(ReadOnlySpan<T> values)
    {
        RequireAppender();
        long start = _storage.ReserveForAppend(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            StoreRecord(values[i], start + i);
        }

        PublishAppended(start + values.Length);
        return start;
    }

    /// <summary>
    /// Writes every value of <paramref name="values"/> after the last record and publishes them with one count store once
    /// the enumeration has ended. Arrays and lists are appended as spans; a sequence whose length is known without
    /// enumerating it grows the file once, any other grows it by doubling as <see cref="Append"/> does. Returns the index
    /// of the first appended record (the count before the call).
    /// </summary>
    /// <remarks>
    /// Readers see none of the batch or all of it. When the enumeration (or storing a value) throws, nothing of the batch
    /// is published: the count stays as it was and the next append overwrites the bytes already stored. The sequence must
    /// not append to this table while it is enumerated.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only, or copy-on-write and full.</exception>
    /// <exception cref="IOException">Another table is the file's appender (see <see cref="Append"/>).</exception>
    public long AppendRange(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        switch (values)
        {
            case T[] array:
                return AppendRange(array.AsSpan());
            case List<T> list:
                return AppendRange(CollectionsMarshal.AsSpan(list));
        }

        RequireAppender();
        long start = values.TryGetNonEnumeratedCount(out int known) ? _storage.ReserveForAppend(known) : _storage.ReadCount();
        long next = start;
        foreach (T value in values)
        {
            // The sequence is user code that runs between records and may dispose the table.
            _storage.ThrowIfDisposed();
            if (next >= _storage.MappedCapacity)
            {
                _storage.Grow(next + 1);
            }

            StoreRecord(value, next);
            next++;
        }

        PublishAppended(next);
        return start;
    }

    /// <summary>
    /// Lowers <see cref="Count"/> to <paramref name="count"/>, keeping the file's length and the bytes of the records
    /// beyond it, so readers in other processes stay inside their mappings. Later appends overwrite those records.
    /// </summary>
    /// <remarks>
    /// A reader that reads the count after the truncation sees the shorter table. A reader that took the count before
    /// (an enumeration in progress, an index it checked) still reads the records beyond the new count: their old bytes,
    /// or, once this table appends again, the new records being written over them, which may be half-written when read.
    /// Truncation is not ordered with such readers: they stay memory-safe but may read stale or half-written records.
    /// Makes this table the file's appender, as <see cref="Append"/> does.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="Count"/>.</exception>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    /// <exception cref="IOException">Another table is the file's appender.</exception>
    public void Truncate(long count)
    {
        RequireAppender();
        _storage.LowerCount(count);
    }

    /// <summary>Removes every record: <see cref="Truncate"/> to 0 (the file keeps its length and capacity).</summary>
    /// <exception cref="InvalidOperationException">The table is read-only.</exception>
    /// <exception cref="IOException">Another table is the file's appender.</exception>
    public void Clear() => Truncate(0);

    /// <summary>
    /// Shortens the file to the published records (capacity = <see cref="Count"/>) without faulting any reader: writes
    /// the header and records to a new file beside it, renames that over the path, and continues on the new file.
    /// Readers that mapped the old file keep reading it (it stays on disk until the last of them unmaps); tables opened
    /// afterwards open the new one. Does nothing when the file has no spare capacity. A table with variable-length fields
    /// gets a new heap too, holding only the values its records reference, as <see cref="Compact"/> writes it.
    /// </summary>
    /// <remarks>
    /// Appends by another table that still has the old file open would go to the old file and be lost, so the table
    /// must be the file's appender: it takes the writer lock first, and keeps the old file's lock until disposed. Record
    /// views taken before stay valid (the old mapping is kept until disposal), but they are views of the old file: writes through them are not in the trimmed one. Must not race with other uses of this
    /// instance.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The table was not opened <see cref="MapAccess.ReadWrite"/>.</exception>
    /// <exception cref="IOException">Another table is the file's appender, or writing the new file failed (the old one is left as it was).</exception>
    /// <exception cref="PlatformNotSupportedException">On Windows, which cannot rename over a mapped file.</exception>
    public void TrimExcess()
    {
        if (Access != MapAccess.ReadWrite)
        {
            throw new InvalidOperationException($"The table '{Path}' was opened {Access}: only a ReadWrite table can shorten its file.");
        }

        RequireAppender();
        TableStorage current = _storage;

        // A file of another layout version stays that version: its records are copied whole, under its own header's layout.
        LayoutInfo fileLayout = current.Versions.LayoutForCopy(T.Layout, Path, "TrimExcess");
        long count = current.ReadCount();
        if (count == current.ReadCapacity())
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            // The rename below is what keeps readers safe, and Windows refuses it while any process (this table included) maps the file.
            throw new PlatformNotSupportedException($"The table '{Path}' cannot be trimmed on Windows: Windows refuses to rename over a mapped file.");
        }

        TableRewrite.Replace(current, fileLayout, count, copy =>
        {
            current.CopyRecordsTo(copy, count);
            HeapValueRelocation.Relocate(current, copy, fileLayout, count);
        });
        TableStorage trimmed;
        try
        {
            trimmed = TableStorage.Open(current.Path, MapAccess.ReadWrite, T.Layout);
            trimmed.BindLayout(LayoutSize<T>.Value, T.Layout.Name);
        }
        catch
        {
            // The path names the trimmed file now, which this table failed to reach: it is disposed, so that no later
            // append goes silently to the old file, which no one can open any more.
            Dispose();
            throw;
        }

        _replacedStorages.Add(current);
        _storage = trimmed;
        trimmed.EnsureAppender();
    }

    private void RequireAppender()
    {
        RequireWritable();
        _storage.RequireNotNewerFile();
        _storage.EnsureAppender();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PublishAppended(long count)
    {
        _storage.PublishCount(count);
        _storage.RememberCount(count);
    }
}
