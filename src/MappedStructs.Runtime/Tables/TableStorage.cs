using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The untyped half of a table: owns the file, the view over header and records, growth, and the count protocol.
/// One writer and any number of readers (in this or other processes) may use the same file; the writer stores a
/// record's bytes, then publishes the count with a release store; readers load the count with an acquire load, so every
/// record below the count they see is complete.
/// </summary>
internal sealed unsafe class TableStorage : IDisposable
{
    /// <summary>Test seam: runs on this thread between the two reads of a refresh (header capacity and file length).</summary>
    [ThreadStatic]
    internal static Action? BetweenRefreshReadsForTests;

    private readonly MappedFile _file;

    // Serialises refresh, growth and disposal; never taken on the per-record path.
    private readonly Lock _gate = new();

    // The last count this instance observed; always <= the mapped capacity, so one comparison bounds every index.
    // Published with a release store after the mapping covers it and read with an acquire load, so a thread never pairs a
    // count with an older, smaller mapping. Zero after Dispose, so every index falls through to ReadCount, which throws.
    private long _knownCount;
    private readonly List<MappedView> _retiredViews = [];
    private MappedView _view;
    private byte* _base;

    // _base + RecordsOffset: the first record, so that a record's address is one load, a multiply and an add.
    private byte* _records;

    // Records the current view covers and that were validated against the file's length; every index used is below it.
    // Written with a release store after _base, read with an acquire load, so a thread that sees a capacity (or a count
    // bounded by it) also sees a base that covers it. Zero after Dispose, so every cached bound check fails.
    private long _mappedCapacity;
    private int _disposed;

    // The exclusive appender lock a ReadWrite table takes at its first append and holds until disposed.
    private IDisposable? _writerLock;

    private TableStorage(string path, MappedFile file, MapAccess access, TableHeader header)
    {
        Path = path;
        _file = file;
        Access = access;
        RecordSize = header.RecordSize;
        RecordsOffset = header.RecordsOffset;
        _view = null!;
        AttachView(file.CreateView(), header.Capacity);
    }

    public string Path { get; }

    public MapAccess Access { get; }

    public int RecordSize { get; }

    public long RecordsOffset { get; }

    public bool IsWritable => Access != MapAccess.Read;

    /// <summary>Records the current mapping covers (the capacity seen at open or at the last refresh or growth).</summary>
    public long MappedCapacity => Volatile.Read(ref _mappedCapacity);

    /// <summary>Whether <see cref="Dispose"/> has run; checked wherever a record view is created without a bound check that would fail.</summary>
    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Creates (or overwrites) <paramref name="path"/> as an empty table with room for <paramref name="capacity"/> records.</summary>
    public static TableStorage Create(string path, LayoutInfo layout, long capacity)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        RequireLittleEndianHost();
        int headerSize = TableHeader.SizeFor(layout.Describe());
        if (capacity > (long.MaxValue - headerSize) / layout.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"{capacity} records of {layout.Size} bytes do not fit in a file.");
        }

        RefuseIfOpenForWriting(path);
        MappedFile file = MappedFile.Create(path, headerSize + (capacity * layout.Size));
        try
        {
            using (MappedView headerView = file.CreateView(0, headerSize))
            {
                TableHeader.Write(headerView.GetSpan(0, headerSize), layout, capacity);
            }

            var header = new TableHeader(headerSize, layout.Size, layout.Fingerprint, headerSize, capacity, 0, string.Empty);
            return new TableStorage(path, file, MapAccess.ReadWrite, header);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Opens and validates an existing table file for <paramref name="layout"/>; the file is not modified.</summary>
    public static TableStorage Open(string path, MapAccess access, LayoutInfo layout)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        RequireLittleEndianHost();
        long length = new FileInfo(path).Length;
        if (length < TableFormat.FixedLength)
        {
            // Too short to map meaningfully (and a zero-length file cannot be mapped at all); report it as a table problem.
            TableHeader.Read(ReadOnlySpan<byte>.Empty, length, path);
        }

        MappedFile file = MappedFile.Open(path, access);
        try
        {
            TableHeader header;
            using (MappedView headerView = file.CreateView(0, Math.Min(file.Length, TableFormat.MaxHeaderSize)))
            {
                header = TableHeader.Read(headerView.GetReadOnlySpan(0, (int)headerView.Length), file.Length, path);
            }

            if (header.Fingerprint != layout.Fingerprint || header.RecordSize != layout.Size)
            {
                throw new LayoutMismatchException(path, header.LayoutText, layout.Describe());
            }

            return new TableStorage(path, file, access, header);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks, once per table, that the typed table's record size is the file's: the typed paths (<see cref="RecordStart"/>)
    /// do not compare them per record. Open and Create already refuse a header of another size, so this fails only for a
    /// layout whose <c>Layout.Size</c> changes between calls; the storage is disposed before throwing.
    /// </summary>
    public void RequireRecordSize(int recordSize, string layoutName)
    {
        if (recordSize != RecordSize)
        {
            Dispose();
            throw new InvalidOperationException($"The table '{Path}' has {RecordSize}-byte records but {layoutName} addresses {recordSize}-byte records.");
        }
    }

    /// <summary>Reads the published count (see <see cref="ReadCount"/>) and remembers it for <see cref="CheckIndex"/>.</summary>
    public long RefreshKnownCount()
    {
        long count = ReadCount();
        Volatile.Write(ref _knownCount, count);
        return count;
    }

    /// <summary>Remembers a count this instance itself published (after an append).</summary>
    public void RememberCount(long count) => Volatile.Write(ref _knownCount, count);

    /// <summary>
    /// The one bounds check of the tables' indexers: compares with the remembered count, and only when the index is past
    /// it reads the header again (another process may have appended since).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long CheckIndex(long index)
    {
        if ((ulong)index >= (ulong)Volatile.Read(ref _knownCount))
        {
            CheckIndexAgainstHeader(index);
        }

        return index;
    }

    // Out of line: the inlined check in callers' loops stays one load, one compare and a branch.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckIndexAgainstHeader(long index)
    {
        long count = RefreshKnownCount();
        if ((ulong)index >= (ulong)count)
        {
            ThrowIndexOutOfRange(index, count);
        }
    }

    [DoesNotReturn]
    private void ThrowIndexOutOfRange(long index, long count) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"The table '{Path}' has {count} records.");

    /// <summary>The published count (acquire load); refreshes the mapping first when another process has grown the table past it.</summary>
    public long ReadCount()
    {
        ThrowIfDisposed();
        long count = Volatile.Read(ref CountField);
        if ((ulong)count > (ulong)MappedCapacity)
        {
            if (Access == MapAccess.CopyOnWrite)
            {
                return CopyOnWriteCount(count);
            }

            lock (_gate)
            {
                // Another thread of this instance may have refreshed (or disposed) while this one waited.
                ThrowIfDisposed();
                if ((ulong)count > (ulong)_mappedCapacity)
                {
                    Refresh(count);
                }
            }
        }

        return count;
    }

    /// <summary>The capacity stored in the header, validated: never below what is mapped, and covered by the file's length.</summary>
    public long ReadCapacity()
    {
        ThrowIfDisposed();
        long capacity = Volatile.Read(ref CapacityField);
        long mapped = MappedCapacity;
        if (capacity == mapped)
        {
            return capacity;
        }

        if (capacity < mapped)
        {
            throw new InvalidTableFileException(Path, TableFileProblem.InvalidHeaderField, $"the capacity {capacity} is below the {mapped} records already mapped; a table never shrinks.");
        }

        // Grown by the writer (or garbage): the length read after the capacity covers any capacity a writer published.
        TableHeader.ValidateExtent(Path, _file.Refresh(), RecordsOffset, RecordSize, capacity, 0);
        return capacity;
    }

    /// <summary>
    /// A CopyOnWrite table never remaps: a new private mapping would silently drop the private changes made through the
    /// current one. While this process has not written the header page, it still shows the file's count; records beyond
    /// the mapping are not this table's to read, so the count is clamped to what is mapped.
    /// </summary>
    private long CopyOnWriteCount(long count)
    {
        if (count < 0)
        {
            throw new InvalidTableFileException(Path, TableFileProblem.CountAboveCapacity, $"record count {count} is negative.");
        }

        return MappedCapacity;
    }

    /// <summary>Throws <see cref="ObjectDisposedException"/> naming the file after <see cref="Dispose"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            ThrowDisposed();
        }
    }

    [DoesNotReturn]
    private void ThrowDisposed() => throw new ObjectDisposedException(GetType().FullName, $"The table '{Path}' has been disposed.");

    /// <summary>
    /// Called before every append: a ReadWrite table becomes the file's one appender (taking the writer lock once) or
    /// throws <see cref="IOException"/> when another table holds it. CopyOnWrite appends are private and need no lock.
    /// </summary>
    public void EnsureAppender()
    {
        if (Access != MapAccess.ReadWrite || Volatile.Read(ref _writerLock) is not null)
        {
            return;
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            _writerLock ??= TakeWriterLock(_file, Path);
        }
    }

    /// <summary>Publishes a new count with a release store: every byte written before this call is visible to a reader that sees the count.</summary>
    public void PublishCount(long count) => Volatile.Write(ref CountField, count);

    /// <summary>The bytes of record <paramref name="index"/>; the caller has checked index against a count no larger than <see cref="MappedCapacity"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> RecordBytes(long index) => MemoryMarshal.CreateSpan(ref RecordStart(index, RecordSize), RecordSize);

    /// <summary>
    /// The first byte of record <paramref name="index"/>, for typed callers that pass their layout's size (equal to
    /// <see cref="RecordSize"/>, checked at open) as a JIT constant; the caller has checked the index as for <see cref="RecordBytes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref byte RecordStart(long index, int recordSize)
    {
        Debug.Assert(recordSize == RecordSize, "the table checked its layout's size against the file's when it was created");
        return ref *(_records + (index * recordSize));
    }

    /// <summary>Makes room for at least <paramref name="minCapacity"/> records, doubling the capacity; the writer calls this.</summary>
    public void Grow(long minCapacity)
    {
        lock (_gate)
        {
            GrowLocked(minCapacity);
        }
    }

    private void GrowLocked(long minCapacity)
    {
        ThrowIfDisposed();
        if (Access != MapAccess.ReadWrite)
        {
            throw new InvalidOperationException($"The table '{Path}' is full ({_mappedCapacity} records) and was opened {Access}: only a ReadWrite table can grow its file.");
        }

        long maxCapacity = (long.MaxValue - RecordsOffset) / RecordSize;
        long newCapacity = _mappedCapacity >= maxCapacity / 2 ? maxCapacity : Math.Max(_mappedCapacity * 2, 1);
        newCapacity = Math.Max(newCapacity, minCapacity);
        if (newCapacity > maxCapacity)
        {
            throw new IOException($"The table '{Path}' cannot grow beyond {maxCapacity} records.");
        }

        _file.EnsureCapacity(RecordsOffset + (newCapacity * RecordSize));
        AttachView(_file.CreateView(), newCapacity);

        // The file is already long enough when readers see the new capacity.
        Volatile.Write(ref CapacityField, newCapacity);
    }

    public void Flush()
    {
        MappedView view;
        lock (_gate)
        {
            ThrowIfDisposed();
            view = _view;
        }

        view.Flush();
    }

    /// <summary>
    /// Unmaps. The cached capacity becomes 0 first, so every index check (of this storage and of the tables' cached counts,
    /// which they zero too) falls through to <see cref="ReadCount"/> and throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            Volatile.Write(ref _knownCount, 0);
            Volatile.Write(ref _mappedCapacity, 0);
            _base = null;
            _records = null;
            _view.Dispose();
            foreach (MappedView view in _retiredViews)
            {
                view.Dispose();
            }

            _retiredViews.Clear();
            _writerLock?.Dispose();
            _writerLock = null;
            _file.Dispose();
        }
    }

    private ref long CountField => ref Unsafe.AsRef<long>(_base + TableFormat.CountOffset);

    private ref long CapacityField => ref Unsafe.AsRef<long>(_base + TableFormat.CapacityOffset);

    /// <summary>Another process grew the table: remap over the file's new length after validating the header's capacity against it.</summary>
    private void Refresh(long count)
    {
        // Capacity first, then the length: the writer lengthens the file before it stores a capacity, so a length read
        // after the capacity is at least what that capacity needs. The other order let a writer growing twice in between
        // make a healthy table look corrupt (CapacityBeyondFile).
        long capacity = Volatile.Read(ref CapacityField);
        BetweenRefreshReadsForTests?.Invoke();
        long fileLength = _file.Refresh();
        TableHeader.ValidateExtent(Path, fileLength, RecordsOffset, RecordSize, capacity, count);
        _file.EnsureCapacity(RecordsOffset + (capacity * RecordSize));
        AttachView(_file.CreateView(), capacity);
    }

    private void AttachView(MappedView view, long capacity)
    {
        if (RecordsOffset + (capacity * RecordSize) > view.Length)
        {
            long length = view.Length;
            view.Dispose();
            throw new InvalidTableFileException(Path, TableFileProblem.CapacityBeyondFile, $"capacity {capacity} needs {RecordsOffset + (capacity * RecordSize)} bytes but the mapping covers {length}.");
        }

        if (_view is not null)
        {
            // Records handed out from the old view may still be in use by the caller; keep it mapped until the table is disposed.
            _retiredViews.Add(_view);
        }

        _view = view;
        _base = (byte*)Unsafe.AsPointer(ref Unsafe.AsRef(in view.GetReadOnlyReference()));
        _records = _base + RecordsOffset;

        // Release: a thread that reads this capacity (acquire) also sees the base above.
        Volatile.Write(ref _mappedCapacity, capacity);
    }

    /// <summary>
    /// One appender per file: two would both write record N and one append would be lost. The lock is an open-file-description
    /// lock on Linux and LockFileEx on Windows, so it also refuses a second writer in this process; on macOS locks belong to
    /// the process, so only writers in other processes are refused there.
    /// </summary>
    private static IDisposable TakeWriterLock(MappedFile file, string path)
    {
        if (!file.TryLock(TableFormat.WriterLockOffset, 1, exclusive: true, out IDisposable? lease))
        {
            throw new IOException($"The table '{path}' is being appended to by another table (in this or another process); only one table may append to a file at a time. Dispose the other writer first.");
        }

        return lease!;
    }

    /// <summary>Refuses to overwrite a table that another table is appending to: Create would zero the file under it.</summary>
    private static void RefuseIfOpenForWriting(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        using MappedFile probe = MappedFile.Open(path, MapAccess.ReadWrite);
        TakeWriterLock(probe, path).Dispose();
    }

    private static void RequireLittleEndianHost()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Table files publish their record count with native 64-bit atomics, which match the little-endian header only on little-endian hosts.");
        }
    }
}
