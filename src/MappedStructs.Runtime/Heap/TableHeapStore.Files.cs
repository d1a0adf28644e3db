using System;
using System.Buffers.Binary;
using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Creating and opening heap files: every check that must pass before a <see cref="TableHeapStore"/> exists, so that a
/// store is never built over a heap its table does not name, or one whose lengths the file cannot hold.
/// </summary>
internal sealed partial class TableHeapStore
{
    /// <summary>
    /// Creates (or overwrites) the heap file of table <paramref name="id"/> beside <paramref name="tablePath"/>, empty, its
    /// header flushed before it takes the name. The table creates it before its own file names it, so that no table ever names a heap that is not there.
    /// </summary>
    public static (MappedFile File, HeapFileHeader Header) CreateFile(string tablePath, TableId id)
    {
        HeapFileHeader? header = null;
        var file = MappedFile.Create(HeapFormat.PathFor(tablePath, id), HeapFormat.HeaderSize + HeapFormat.MinimumDataLength, created =>
        {
            using MappedView headerView = created.CreateView(0, HeapFormat.HeaderSize);
            header = HeapFileHeader.Write(headerView.GetSpan(0, HeapFormat.HeaderSize), id);
        });

        // MappedFile.Create returns only after the initializer ran.
        return (file, header!.Value);
    }

    /// <summary>A store over the heap file <paramref name="path"/> that <see cref="CreateFile"/> made for <paramref name="table"/>; takes ownership of <paramref name="file"/>.</summary>
    public static TableHeapStore Created(TableStorage table, string path, MappedFile file, HeapFileHeader header, bool commits) =>
        new(table, path, file, MapAccess.ReadWrite, header.TableId, header, commits);

    /// <summary>
    /// Opens and validates the heap file that <paramref name="table"/> names with <paramref name="id"/>, mapped with the
    /// table's access; the file is not modified. A missing heap, or one that is not this table's, is
    /// <see cref="InvalidTableFileException"/> naming both files.
    /// </summary>
    public static TableHeapStore Open(TableStorage table, TableId id, bool commits)
    {
        string path = HeapFormat.PathFor(table.Path, id);
        FileStream stream;
        try
        {
            stream = MappedFile.OpenExisting(path, table.Access, out _);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidTableFileException(path, TableFileProblem.HeapMismatch, $"the table '{table.Path}' keeps the values of its variable-length fields in this heap file (table id {id}), which does not exist. Restore it beside the table, or recreate the table.");
        }

        MappedFile? file = null;
        try
        {
            if (stream.Length < HeapFormat.HeaderSize)
            {
                // An empty file cannot be mapped: refuse it before trying.
                HeapFileHeader.Read(ReadOnlySpan<byte>.Empty, stream.Length, path, table.Path, id);
            }

            file = MappedFile.FromStream(stream, table.Access, leaveOpen: false);
            HeapFileHeader header = ReadHeader(file, path, table.Path, id);
            return new TableHeapStore(table, path, file, table.Access, id, header, commits);
        }
        catch
        {
            if (file is null)
            {
                stream.Dispose();
            }
            else
            {
                file.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Reads the header page, the published length with an acquire load and before the file's length: a writer lengthens
    /// the file before it publishes a length that needs it, so the two read in this order agree however the heap grows
    /// meanwhile. Then maps the whole file.
    /// </summary>
    private static HeapFileHeader ReadHeader(MappedFile file, string path, string tablePath, TableId id)
    {
        byte[] page;
        using (MappedView prefix = file.CreateView(0, HeapFormat.HeaderSize))
        {
            long published = Volatile.Read(in prefix.GetReadOnlyRef<long>(HeapFormat.PublishedLengthOffset));
            page = prefix.GetReadOnlySpan(0, HeapFormat.HeaderSize).ToArray();
            BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(HeapFormat.PublishedLengthOffset), published);
        }

        long fileLength = file.GetFileLength();
        var header = HeapFileHeader.Read(page, fileLength, path, tablePath, id);
        file.EnsureCapacity(fileLength);
        return header;
    }
}
