using System;

namespace MappedStructs;

/// <summary>
/// The heap's half of the commit protocol (docs/tables.md, "Publication and durability"): the table calls
/// <see cref="Commit"/> after reading the count it is about to commit and before it syncs its records, so that the heap
/// bytes every committed record references are durable first. A commit syncs the heap's mapping, then writes the published
/// length as the next of the heap's two commit records (in the table's commit-record format) and syncs the header page.
/// </summary>
internal sealed unsafe partial class TableHeapStore
{
    // Whether the heap keeps commit records: as its table does (the table's test switch turns both off).
    private readonly bool _commits;

    // Set when the file grew since the last commit, which must then make its length durable; used under _gate only.
    private bool _grownSinceCommit;

    // The last commit record written (or resumed from); used under _gate only.
    private TableCommitRecord _lastCommit;

    /// <summary>The newest committed heap length: every value below it was durable when it was committed.</summary>
    public long CommittedLength
    {
        get
        {
            lock (_gate)
            {
                ThrowIfDisposed();
                return ReadCommit().Count;
            }
        }
    }

    /// <summary>
    /// Syncs the heap's values; as the appender's part of a commit (<paramref name="asAppender"/>) then commits the length
    /// published before the sync. The table holds its gate and has read the count it commits next.
    /// </summary>
    public void Commit(bool asAppender)
    {
        lock (_gate)
        {
            ThrowIfDisposed();

            // Read before the sync: every value below it was written before it was published, so the sync covers it.
            long published = System.Threading.Volatile.Read(ref PublishedField);

            // After growth the file's new length must reach the disk with the values, before a commit record that needs
            // it: an fsync (FlushFileBuffers on Windows) rather than a sync of the mapped range.
            if (_grownSinceCommit)
            {
                _file.FlushFileToDisk();
                _grownSinceCommit = false;
            }
            else
            {
                _mappings[^1].View.Flush();
            }

            if (asAppender && _commits && _appending && published != _lastCommit.Count)
            {
                TableCommitRecord next = _lastCommit.Next(published, writerActive: false);
                next.WriteTo(new Span<byte>(_header, HeapFormat.HeaderSize), HeapFormat.HeaderSize);
                _file.Flush(0, HeapFormat.HeaderSize);
                _lastCommit = next;
            }
        }
    }

    private TableCommitRecord ReadCommit()
    {
        var page = new ReadOnlySpan<byte>(_header, HeapFormat.HeaderSize);
        TableCommitRecord commit = TableCommitRecord.ReadNewest(page, HeapFormat.HeaderSize)
            ?? throw new InvalidTableFileException(Path, TableFileProblem.ChecksumMismatch, "neither heap commit record is valid, so no heap length is known to be durable.");
        HeapFileHeader.ValidateLength(Path, $"committed heap length (commit {commit.Sequence})", commit.Count, _file.GetFileLength());
        return commit;
    }
}
