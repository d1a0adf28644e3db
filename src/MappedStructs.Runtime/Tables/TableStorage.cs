using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
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
    private readonly MappedFile _file;
    private readonly List<MappedView> _retiredViews = [];
    private MappedView _view;
    private byte* _base;

    // Records the current view covers and that were validated against the file's length; every index used is below it.
    private long _mappedCapacity;
    private bool _disposed;

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
    public long MappedCapacity => _mappedCapacity;

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

    /// <summary>The published count (acquire load); refreshes the mapping first when another process has grown the table past it.</summary>
    public long ReadCount()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long count = Volatile.Read(ref CountField);
        if ((ulong)count > (ulong)_mappedCapacity)
        {
            Refresh(count);
        }

        return count;
    }

    /// <summary>The capacity stored in the header.</summary>
    public long ReadCapacity()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Volatile.Read(ref CapacityField);
    }

    /// <summary>Publishes a new count with a release store: every byte written before this call is visible to a reader that sees the count.</summary>
    public void PublishCount(long count) => Volatile.Write(ref CountField, count);

    /// <summary>The bytes of record <paramref name="index"/>; the caller has checked index against a count no larger than <see cref="MappedCapacity"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> RecordBytes(long index) => new(_base + RecordsOffset + (index * RecordSize), RecordSize);

    /// <summary>Makes room for at least <paramref name="minCapacity"/> records, doubling the capacity; the writer calls this.</summary>
    public void Grow(long minCapacity)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
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
        ObjectDisposedException.ThrowIf(_disposed, this);
        _view.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _base = null;
        _view.Dispose();
        foreach (MappedView view in _retiredViews)
        {
            view.Dispose();
        }

        _retiredViews.Clear();
        _file.Dispose();
    }

    private ref long CountField => ref Unsafe.AsRef<long>(_base + TableFormat.CountOffset);

    private ref long CapacityField => ref Unsafe.AsRef<long>(_base + TableFormat.CapacityOffset);

    /// <summary>Another process grew the table: remap over the file's new length after validating the header's capacity against it.</summary>
    private void Refresh(long count)
    {
        long fileLength = _file.Refresh();
        long capacity = Volatile.Read(ref CapacityField);
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
        _mappedCapacity = capacity;
    }

    private static void RequireLittleEndianHost()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Table files publish their record count with native 64-bit atomics, which match the little-endian header only on little-endian hosts.");
        }
    }
}
