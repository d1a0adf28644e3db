using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// Following the heap's writer (in this or another process): a reference past a mapping's known length re-reads the
/// published length, validates it against the file, and remaps when the heap grew past the mapping. Only the slow path of
/// <see cref="HeapFields"/> comes here.
/// </summary>
internal sealed partial class TableHeapStore
{
    /// <inheritdoc />
    public override MappedHeap Refresh(MappedHeap seen)
    {
        ThrowIfDisposed();
        long published = Volatile.Read(ref PublishedField);
        if (published < 0 || published % HeapReference.OffsetUnit != 0)
        {
            throw BadPublishedLength(published, "is not a non-negative multiple of " + HeapReference.OffsetUnit);
        }

        if (published <= seen._mappedLength)
        {
            seen.RaiseKnownLength(published);
            return seen;
        }

        MappedHeap current = Current;
        if (published <= current._mappedLength)
        {
            current.RaiseKnownLength(published);
            return current;
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            current = _current;
            if (published <= current._mappedLength)
            {
                current.RaiseKnownLength(published);
                return current;
            }

            if (Access == MapAccess.CopyOnWrite)
            {
                // A new private mapping would drop the private changes made through this one; like the table, it never remaps.
                return current;
            }

            // The length read after the published length holds it: the writer lengthens the file before publishing.
            long fileLength = _file.GetFileLength();
            string? problem = HeapFileHeader.LengthProblem(published, fileLength);
            if (problem is not null)
            {
                throw BadPublishedLength(published, problem);
            }

            _file.EnsureCapacity(fileLength);
            return Attach(_file.CreateView(), published);
        }
    }

    private InvalidDataException BadPublishedLength(long published, string problem) =>
        new($"The heap '{Path}' of table '{_table.Path}' publishes a length of {published} bytes, which {problem}: the heap file is corrupt or was written by something else.");
}
