using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Creating and opening table files: every check that must pass before a <see cref="TableStorage"/> exists (the host's
/// byte order, the header, the layout's fingerprint and size), so that a storage is never built over a file it cannot serve.
/// </summary>
internal sealed partial class TableStorage
{
    /// <summary>Creates (or overwrites) <paramref name="path"/> as an empty table with room for <paramref name="capacity"/> records.</summary>
    /// <param name="path">The table file.</param>
    /// <param name="layout">The layout its records have.</param>
    /// <param name="capacity">The records it has room for.</param>
    /// <param name="hooks">Test seams for this storage; null everywhere but in tests.</param>
    /// <param name="heapBeside">
    /// The table path the heap is named after, when it is not <paramref name="path"/>: a table built in a temporary file
    /// to be renamed over <paramref name="heapBeside"/> names the heap it will have there (docs/tables.md, "Compaction").
    /// </param>
    public static TableStorage Create(string path, LayoutInfo layout, long capacity, TableStorageHooks? hooks = null, string? heapBeside = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        RequireLittleEndianHost();
        TableId? heapId = VariableLengthLayouts.Has(layout) ? TableId.New() : null;
        int headerSize = TableHeader.SizeFor(TableHeapToken.Add(layout.Describe(), heapId));
        if (capacity > (long.MaxValue - headerSize) / layout.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"{capacity} records of {layout.Size} bytes do not fit in a file.");
        }

        RefuseIfOpenForWriting(path);
        string? replacedHeap = heapBeside is null ? HeapOfExistingTable(path) : null;

        // The heap first: a table file never names a heap that is not there (a crash in between leaves an orphan heap).
        (MappedFile File, HeapFileHeader Header)? heap = heapId is { } id ? TableHeapStore.CreateFile(heapBeside ?? path, id) : null;

        // The header is written and flushed before the new file replaces the old one: a reader never sees it half made,
        // and a reader of the old table keeps the old file (docs/tables.md, "Replacing a table").
        TableHeader? header = null;
        MappedFile file;
        try
        {
            file = MappedFile.Create(path, headerSize + (capacity * layout.Size), created =>
            {
                using MappedView headerView = created.CreateView(0, headerSize);
                header = TableHeader.Write(headerView.GetSpan(0, headerSize), layout, capacity, heapId);
            });
        }
        catch
        {
            heap?.File.Dispose();
            throw;
        }

        // The table it replaced is gone from the path, so nothing opens its heap again (a reader that read the old header
        // just before finds the path's new table on its retry); processes that hold it keep their mappings.
        if (replacedHeap is not null)
        {
            OrphanHeaps.DeleteQuietly(replacedHeap);
        }

        TableStorage? storage = null;
        try
        {
            // MappedFile.Create returns only after the initializer ran, so the header it wrote is known here.
            storage = new TableStorage(path, file, MapAccess.ReadWrite, header!.Value, hooks);
            if (heap is { } created)
            {
                storage._heap = TableHeapStore.Created(storage, HeapFormat.PathFor(heapBeside ?? path, created.Header.TableId), created.File, created.Header, storage._commits);
            }

            return storage;
        }
        catch
        {
            if (storage is null)
            {
                file.Dispose();
            }
            else
            {
                storage.Dispose();
            }

            heap?.File.Dispose();
            throw;
        }
    }

    /// <summary>Opens and validates an existing table file for <paramref name="layout"/>; the file is not modified.</summary>
    /// <param name="path">The table file.</param>
    /// <param name="access">How to map it.</param>
    /// <param name="layout">The layout the file must have been written with.</param>
    /// <param name="hooks">Test seams for this storage; null everywhere but in tests.</param>
    public static TableStorage Open(string path, MapAccess access, LayoutInfo layout, TableStorageHooks? hooks = null)
    {
        for (int attempt = 1; ; attempt++)
        {
            TableLayoutVersions? versions = null;
            TableStorage storage = Open(path, access, hooks, header =>
            {
                // A layout that never declared a version keeps the exact check: its files have nothing else to go by.
                if ((header.Fingerprint != layout.Fingerprint || header.RecordSize != layout.Size) && !MayHaveVersions(header, layout))
                {
                    throw new LayoutMismatchException(path, header.LayoutText, layout.Describe());
                }

                versions = TableLayoutVersions.Decide(header, layout, path);
            });
            storage.Versions = versions!;
            hooks?.BetweenHeaderAndHeapOpen?.Invoke();
            try
            {
                return storage.OpenHeap();
            }
            catch (InvalidTableFileException e) when (e.Problem == TableFileProblem.HeapMismatch && attempt < HeapOpenAttempts && !File.Exists(e.FilePath))
            {
                // A compaction (or trim, or upgrade) renamed a new table over the path after this open read the old one's
                // header, and deleted the old heap: the path names a table whose heap exists, so open it again.
            }
        }
    }

    /// <summary>How often an open tries again when the heap its table names is gone: a rewrite replaced the table meanwhile.</summary>
    private const int HeapOpenAttempts = 3;

    /// <summary>
    /// Whether the file or the layout declares versions (a version above 1, a field added later, deprecated or renamed):
    /// only then are the field tables compared by the evolution rules; two unversioned layouts must match exactly.
    /// </summary>
    private static bool MayHaveVersions(TableHeader header, LayoutInfo layout)
    {
        // A file's added or deprecated fields imply its version line; a rename does not, so former names are looked for too.
        if (layout.Version != 1
            || header.LayoutText.Contains(" version=", StringComparison.Ordinal)
            || header.LayoutText.Contains(" formerly=", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (LayoutField field in layout.Fields)
        {
            if (field.Since != 1 || field.Deprecated != 0 || field.FormerNames.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Opens and validates an existing table file as <see cref="Open(string, MapAccess, LayoutInfo, TableStorageHooks?)"/> does,
    /// with <paramref name="checkLayout"/> (which throws to refuse) deciding whether the validated header's layout is one the caller
    /// can serve; the file is not modified.
    /// </summary>
    public static TableStorage Open(string path, MapAccess access, TableStorageHooks? hooks, Action<TableHeader> checkLayout)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        RequireLittleEndianHost();
        MappedFile file = OpenFile(path, access);
        try
        {
            hooks?.BetweenMappingAndHeaderRead?.Invoke();
            TableHeader header = ReadHeader(file, path);
            checkLayout(header);
            return new TableStorage(path, file, access, header, hooks);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the file through the checks <see cref="MappedFile.Open"/> makes (links followed, a missing file, a directory, a
    /// FIFO or device reported alike), then refuses a file too short for a header before mapping it (an empty one cannot be mapped).
    /// </summary>
    private static MappedFile OpenFile(string path, MapAccess access)
    {
        FileStream stream = MappedFile.OpenExisting(path, access, out _);
        try
        {
            long length = stream.Length;
            if (length < TableFormat.FixedLength)
            {
                TableHeader.Read(ReadOnlySpan<byte>.Empty, length, path);
            }

            return MappedFile.FromStream(stream, access, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the header, and maps the records its capacity covers. Count, then capacity, then the file's length, as
    /// <see cref="RemapToCover"/> reads them: a writer lengthens the file before it stores a capacity, and stores a capacity
    /// before a count that needs it, so numbers read in this order agree however often it grows meanwhile. The length the
    /// file was mapped with is older than the capacity, and a writer growing in between would make it look corrupt.
    /// </summary>
    private static TableHeader ReadHeader(MappedFile file, string path)
    {
        byte[] snapshot;
        using (MappedView prefix = file.CreateView(0, Math.Min(file.Length, TableFormat.MaxHeaderSize)))
        {
            long count = Volatile.Read(in prefix.GetReadOnlyRef<long>(TableFormat.CountOffset));
            long capacity = Volatile.Read(in prefix.GetReadOnlyRef<long>(TableFormat.CapacityOffset));
            uint headerSize = BinaryPrimitives.ReadUInt32LittleEndian(prefix.GetReadOnlySpan(TableFormat.HeaderSizeOffset, sizeof(uint)));

            // The header's own size bounds the copy (it is validated from the copy); the records are not copied.
            snapshot = prefix.GetReadOnlySpan(0, (int)Math.Clamp(headerSize, (uint)TableFormat.FixedLength, (uint)prefix.Length)).ToArray();
            BinaryPrimitives.WriteInt64LittleEndian(snapshot.AsSpan(TableFormat.CountOffset), count);
            BinaryPrimitives.WriteInt64LittleEndian(snapshot.AsSpan(TableFormat.CapacityOffset), capacity);
        }

        var header = TableHeader.Read(snapshot, file.GetFileLength(), path);

        // The file may have grown since it was mapped: cover what the capacity needs (validated against the length above).
        file.EnsureCapacity(header.RecordsOffset + (header.Capacity * header.RecordSize));
        return header;
    }

    private static void RequireLittleEndianHost()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Table files publish their record count with native 64-bit atomics, which match the little-endian header only on little-endian hosts.");
        }
    }
}
