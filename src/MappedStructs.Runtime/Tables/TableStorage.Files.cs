using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Creating and opening table files: every check that must pass before a <see cref="TableStorage"/> exists (the host's
/// byte order, the header, the layout's fingerprint and size), so that a storage is never built over a file it cannot serve.
/// </summary>
internal sealed partial class TableStorage
{
    /// <summary>Creates (or overwrites) <paramref name="path"/> as an empty table with room for <paramref name="capacity"/> records.</summary>
    public static TableStorage Create(string path, LayoutInfo layout, long capacity, TableStorageHooks? hooks = null)
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
        var file = MappedFile.Create(path, headerSize + (capacity * layout.Size));
        try
        {
            TableHeader header;
            using (MappedView headerView = file.CreateView(0, headerSize))
            {
                header = TableHeader.Write(headerView.GetSpan(0, headerSize), layout, capacity);
            }

            return new TableStorage(path, file, MapAccess.ReadWrite, header, hooks);
        }
        catch
        {
            file.Dispose();
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
        ArgumentException.ThrowIfNullOrEmpty(path);
        RequireLittleEndianHost();
        long length = new FileInfo(path).Length;
        if (length < TableFormat.FixedLength)
        {
            // Too short to map meaningfully (and a zero-length file cannot be mapped at all); report it as a table problem.
            TableHeader.Read(ReadOnlySpan<byte>.Empty, length, path);
        }

        var file = MappedFile.Open(path, access);
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

            return new TableStorage(path, file, access, header, hooks);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static void RequireLittleEndianHost()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Table files publish their record count with native 64-bit atomics, which match the little-endian header only on little-endian hosts.");
        }
    }
}
