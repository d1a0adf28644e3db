using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// One cycle file mapped ReadWrite: its validated header and raw access to its frames. Every offset given to the frame
/// accessors has been checked by the caller against <see cref="Length"/> (a frame is validated once, when it is reached).
/// </summary>
internal sealed unsafe class CycleFile : IDisposable
{
    private readonly MappedFile _file;
    private readonly MappedView _view;
    private readonly byte* _base;
    private readonly IDisposable? _inUse;

    private CycleFile(MappedFile file, string path, long number, long firstSequence, long periodStart, IDisposable? inUse)
    {
        _inUse = inUse;
        _file = file;
        _view = file.CreateView();
        _base = (byte*)Unsafe.AsPointer(ref _view.GetReference());
        Path = path;
        Number = number;
        FirstSequence = firstSequence;
        PeriodStart = periodStart;
        Length = file.Length;
    }

    public string Path { get; }

    public long Number { get; }

    public long FirstSequence { get; }

    public long PeriodStart { get; }

    public long Length { get; }

    public MappedFile File => _file;

    /// <summary>The file name of cycle <paramref name="number"/>: twelve digits, so names sort by cycle.</summary>
    public static string FileName(long number) => number.ToString("D" + JournalFormat.CycleDigits, CultureInfo.InvariantCulture) + JournalFormat.CycleExtension;

    /// <summary>Builds a new cycle file beside its path and renames it in whole (header written and synced first).</summary>
    public static CycleFile Create(string path, Guid journalId, long number, long firstSequence, long length, long periodStart)
    {
        var file = MappedFile.Create(path, length, created =>
        {
            using MappedView header = created.CreateView(0, JournalFormat.HeaderSize);
            WriteHeader(header.Span, journalId, number, firstSequence, length, periodStart);
        });
        return Wrap(file, path, number, firstSequence, periodStart);
    }

    /// <summary>Maps an existing cycle file and checks every header field before anything else is read.</summary>
    public static CycleFile Open(string path, Guid journalId, long number)
    {
        var file = MappedFile.Open(path, MapAccess.ReadWrite);
        IDisposable? inUse = null;
        try
        {
            // Locked before the header is read: a cycle the recycler holds is being wiped for reuse, so it is as good as
            // deleted, and once this lock is held the recycler leaves the file alone (JournalSpareCycle).
            if (JournalSpareCycle.IsSupported && !file.TryLock(JournalFormat.CycleInUseLockOffset, 1, exclusive: false, out inUse))
            {
                throw new FileNotFoundException($"The cycle file '{path}' is being recycled: retention removed it.", path);
            }

            long length = file.Length;
            if (length < JournalFormat.HeaderSize)
            {
                throw new InvalidJournalFileException(path, $"the file is {length} bytes, shorter than a cycle header ({JournalFormat.HeaderSize} bytes): it is truncated.");
            }

            long firstSequence;
            long periodStart;
            using (MappedView view = file.CreateView(0, JournalFormat.HeaderSize))
            {
                ReadOnlySpan<byte> header = view.ReadOnlySpan;
                try
                {
                    CheckHeader(path, header, journalId, number, length);
                }
                catch (InvalidJournalFileException) when (!System.IO.File.Exists(path))
                {
                    // Opened just before the recycler renamed it away, and locked once it was a new cycle already.
                    throw new FileNotFoundException($"The cycle file '{path}' was recycled: retention removed it.", path);
                }

                firstSequence = BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.CycleFirstSequenceOffset..]);
                periodStart = BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.CyclePeriodStartOffset..]);
            }

            return Wrap(file, path, number, firstSequence, periodStart, inUse);
        }
        catch
        {
            inUse?.Dispose();
            file.Dispose();
            throw;
        }
    }

    /// <summary>Makes the retired <paramref name="file"/> (wiped, locked by the recycler) cycle <paramref name="number"/> at <paramref name="path"/>.</summary>
    internal static CycleFile FromSpare(MappedFile file, string sparePath, string path, Guid journalId, long number, long firstSequence, long periodStart)
    {
        using (MappedView header = file.CreateView(0, JournalFormat.HeaderSize))
        {
            WriteHeader(header.Span, journalId, number, firstSequence, file.Length, periodStart);
        }

        // As a new cycle is: on the device before its name is, so no one ever opens it half written. msync of the header's
        // page alone (on Linux, MS_SYNC syncs that range, the inode and the device cache), not fsync: the wiped pages are
        // left dirty, so the appender's stores to them take no fault, and a power loss that loses the wipe is undone by
        // recovery, which zeroes the committed cycle past its committed end and deletes the cycles after it.
        file.Flush(0, JournalFormat.HeaderSize);
        System.IO.File.Move(sparePath, path, overwrite: false);
        DirectorySync.AfterRename(System.IO.Path.GetDirectoryName(path)!);
        return Wrap(file, path, number, firstSequence, periodStart, inUse: null);
    }

    private static CycleFile Wrap(MappedFile file, string path, long number, long firstSequence, long periodStart, IDisposable? inUse = null)
    {
        try
        {
            return new CycleFile(file, path, number, firstSequence, periodStart, inUse);
        }
        catch
        {
            inUse?.Dispose();
            file.Dispose();
            throw;
        }
    }

    private static void WriteHeader(Span<byte> header, Guid journalId, long number, long firstSequence, long length, long periodStart)
    {
        JournalHeader.Begin(header, JournalFormat.CycleMagic);
        journalId.TryWriteBytes(header[JournalFormat.CycleIdOffset..]);
        BinaryPrimitives.WriteInt64LittleEndian(header[JournalFormat.CycleNumberOffset..], number);
        BinaryPrimitives.WriteInt64LittleEndian(header[JournalFormat.CycleFirstSequenceOffset..], firstSequence);
        BinaryPrimitives.WriteInt64LittleEndian(header[JournalFormat.CycleLengthOffset..], length);
        BinaryPrimitives.WriteInt64LittleEndian(header[JournalFormat.CyclePeriodStartOffset..], periodStart);
        JournalHeader.Seal(header, JournalFormat.CycleChecksumOffset);
    }

    private static void CheckHeader(string path, ReadOnlySpan<byte> header, Guid journalId, long number, long length)
    {
        JournalHeader.Check(path, header, JournalFormat.CycleMagic, "MSJCYCLE", JournalFormat.CycleChecksumOffset);
        var id = new Guid(header.Slice(JournalFormat.CycleIdOffset, 16));
        if (id != journalId)
        {
            throw new InvalidJournalFileException(path, $"it belongs to journal {id}, not to this directory's journal {journalId}.");
        }

        long storedNumber = BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.CycleNumberOffset..]);
        if (storedNumber != number)
        {
            throw new InvalidJournalFileException(path, $"its header says cycle {storedNumber}, but its name says cycle {number}.");
        }

        long storedLength = BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.CycleLengthOffset..]);
        if (storedLength != length)
        {
            throw new InvalidJournalFileException(path, $"it is {length} bytes long, but its header says {storedLength}: it was truncated or extended.");
        }

        if (BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.CycleFirstSequenceOffset..]) < 0)
        {
            throw new InvalidJournalFileException(path, "its first sequence number is negative.");
        }
    }

    /// <summary>The frame's state word, read with acquire semantics: 0 unwritten, negative claimed, positive published.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadState(long offset) => Volatile.Read(ref *(int*)(_base + offset));

    /// <summary>Publishes a frame (a full barrier, so its bytes are visible before its length, and the sleeper count is read after it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long offset, int frameLength) => Interlocked.Exchange(ref *(int*)(_base + offset), frameLength);

    /// <summary>
    /// Publishes the <paramref name="count"/> frames of <paramref name="frameLength"/> bytes from <paramref name="offset"/>
    /// with one full barrier: the later frames' state words are release stores, and the first frame's, which every tailer and
    /// recovery reach before the others, is stored last through the barrier, so a reader that sees it sees the whole batch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PublishFrames(long offset, int frameLength, int count)
    {
        long stride = JournalFormat.Aligned(frameLength);
        for (int index = count - 1; index > 0; index--)
        {
            Volatile.Write(ref *(int*)(_base + offset + (index * stride)), frameLength);
        }

        Publish(offset, frameLength);
    }

    /// <summary>Writes the claimed headers of <paramref name="count"/> consecutive frames, numbered from <paramref name="firstSequence"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteClaims(long offset, int frameLength, int count, FrameKind kind, long firstSequence, long timestamp, ulong tag)
    {
        long stride = JournalFormat.Aligned(frameLength);
        for (int index = 0; index < count; index++)
        {
            WriteClaim(offset + (index * stride), frameLength, kind, firstSequence + index, timestamp, tag);
        }
    }

    /// <summary>
    /// Writes a claimed header, its state word first: whatever of a frame a killed appender wrote, its state word is not
    /// zero, so recovery finds it (<see cref="AbandonFrom"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteClaim(long offset, int frameLength, FrameKind kind, long sequence, long timestamp, ulong tag)
    {
        byte* frame = _base + offset;
        Unsafe.WriteUnaligned(frame, -frameLength);
        Unsafe.WriteUnaligned(frame + JournalFormat.FrameKindOffset, (int)kind);
        Unsafe.WriteUnaligned(frame + JournalFormat.FrameSequenceOffset, sequence);
        Unsafe.WriteUnaligned(frame + JournalFormat.FrameTimestampOffset, timestamp);
        Unsafe.WriteUnaligned(frame + JournalFormat.FrameTagOffset, tag);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FrameKind ReadKind(long offset) => (FrameKind)Unsafe.ReadUnaligned<int>(_base + offset + JournalFormat.FrameKindOffset);

    public void WriteKind(long offset, FrameKind kind) => Unsafe.WriteUnaligned(_base + offset + JournalFormat.FrameKindOffset, (int)kind);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReadSequence(long offset) => Unsafe.ReadUnaligned<long>(_base + offset + JournalFormat.FrameSequenceOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReadTimestamp(long offset) => Unsafe.ReadUnaligned<long>(_base + offset + JournalFormat.FrameTimestampOffset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadTag(long offset) => Unsafe.ReadUnaligned<ulong>(_base + offset + JournalFormat.FrameTagOffset);

    /// <summary>The payload of the frame at <paramref name="offset"/>, whose length has been validated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Payload(long offset, int payloadLength) => new(_base + offset + JournalFormat.FrameHeaderSize, payloadLength);

    /// <summary>The <paramref name="length"/> bytes of frames from <paramref name="offset"/>, a range the caller has checked.</summary>
    public Span<byte> Frames(long offset, int length) => new(_base + offset, length);

    /// <summary>Zeroes [<paramref name="offset"/>, <see cref="Length"/>): the frames a rollback to a commit discards.</summary>
    public void ZeroFrom(long offset)
    {
        for (long at = offset; at < Length; at += int.MaxValue)
        {
            new Span<byte>(_base + at, (int)Math.Min(int.MaxValue, Length - at)).Clear();
        }
    }

    /// <summary>
    /// Whether the published frame at <paramref name="offset"/> with state <paramref name="frameLength"/> can be used: its
    /// length must hold a header and fit before the room kept for the end frame (an end frame must fit), its kind be known,
    /// and a message's timestamp be a DateTime (whose constructor would throw its own exception for ticks out of range).
    /// A few compares, inlined into every read; <see cref="FrameProblem"/> says which check failed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsUsable(long offset, int frameLength, FrameKind kind)
    {
        if (!Fits(offset, frameLength, kind))
        {
            return false;
        }

        return kind is FrameKind.Bytes or FrameKind.Typed
            ? (ulong)ReadTimestamp(offset) <= (ulong)DateTime.MaxValue.Ticks
            : kind is FrameKind.EndOfCycle or FrameKind.Abandoned;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Fits(long offset, int frameLength, FrameKind kind)
    {
        long limit = kind == FrameKind.EndOfCycle ? Length : Length - JournalFormat.FrameHeaderSize;
        return frameLength >= JournalFormat.FrameHeaderSize && offset + JournalFormat.Aligned(frameLength) <= limit;
    }

    /// <summary>Why the frame <see cref="IsUsable"/> refused cannot be used.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string FrameProblem(long offset, int frameLength, FrameKind kind)
    {
        if (!Fits(offset, frameLength, kind))
        {
            return $"the frame at offset {offset} has length {frameLength}, which does not fit the file of {Length} bytes.";
        }

        return kind is FrameKind.Bytes or FrameKind.Typed
            ? $"the frame at offset {offset} has the timestamp {ReadTimestamp(offset)}, outside the range of DateTime."
            : $"the frame at offset {offset} has the unknown kind {(int)kind}.";
    }

    public InvalidJournalFileException BadFrame(string problem) => new(Path, problem);

    /// <summary>
    /// Reads the frame at <paramref name="offset"/>: false when it is not published yet (unwritten or claimed); otherwise
    /// checks it (length, kind, and for every kind but an abandoned frame the sequence number <paramref name="expectedSequence"/>)
    /// and gives its kind and length. A frame that fails a check throws: nothing of it is used.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryReadFrame(long offset, long expectedSequence, out FrameKind kind, out int frameLength)
    {
        frameLength = ReadState(offset);
        if (frameLength <= 0)
        {
            kind = default;
            return false;
        }

        kind = ReadKind(offset);
        if (!IsUsable(offset, frameLength, kind))
        {
            ThrowBadFrame(FrameProblem(offset, frameLength, kind));
        }

        if (kind != FrameKind.Abandoned && ReadSequence(offset) != expectedSequence)
        {
            ThrowWrongSequence(offset, expectedSequence);
        }

        return true;
    }

    // The throws stay out of line, so that the check every read makes inlines into the tailer's read as a few compares.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadFrame(string problem) => throw BadFrame(problem);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowWrongSequence(long offset, long expectedSequence) =>
        throw BadFrame($"the frame at offset {offset} has sequence number {ReadSequence(offset)}, but {expectedSequence} comes next.");

    /// <summary>Walks the published frames from the first: where the next frame goes, the sequence it takes, and whether the cycle has ended.</summary>
    public CycleTail FindTail()
    {
        long offset = JournalFormat.HeaderSize;
        long next = FirstSequence;
        while (true)
        {
            if (!TryReadFrame(offset, next, out FrameKind kind, out int frameLength))
            {
                return new CycleTail(offset, next, frameLength, Ended: false);
            }

            if (kind == FrameKind.EndOfCycle)
            {
                return new CycleTail(offset, next, frameLength, Ended: true);
            }

            next += kind == FrameKind.Abandoned ? 0 : 1;
            offset += JournalFormat.Aligned(frameLength);
        }
    }

    /// <summary>Publishes an end-of-cycle frame at <paramref name="offset"/> (always room: every frame leaves a header's room).</summary>
    public void WriteEnd(long offset, long nextSequence)
    {
        WriteClaim(offset, JournalFormat.FrameHeaderSize, FrameKind.EndOfCycle, nextSequence, DateTime.UtcNow.Ticks, 0);
        Publish(offset, JournalFormat.FrameHeaderSize);
    }

    /// <summary>Turns the frame claimed at <paramref name="offset"/> into a published abandoned frame that tailers skip.</summary>
    public void Abandon(long offset, int claimedLength)
    {
        if (claimedLength < JournalFormat.FrameHeaderSize || offset + JournalFormat.Aligned(claimedLength) > Length - JournalFormat.FrameHeaderSize)
        {
            throw BadFrame($"the claimed frame at offset {offset} has length {claimedLength}, which does not fit the file of {Length} bytes.");
        }

        WriteKind(offset, FrameKind.Abandoned);
        Publish(offset, claimedLength);
    }

    /// <summary>
    /// Turns every frame from the claimed one at <paramref name="offset"/> up to the first unwritten one into a published
    /// abandoned frame: a batch whose appender died leaves claimed frames, and, killed while publishing, later frames whose
    /// state is already positive behind a first one that is not. The later frames are abandoned first and the first frame
    /// last, so a tailer waiting on it never reaches a frame of the dead batch that is still a message.
    /// </summary>
    public void AbandonFrom(long offset)
    {
        var frames = new System.Collections.Generic.List<(long Offset, int Length)>();
        long at = offset;
        while (at <= Length - (2 * JournalFormat.FrameHeaderSize) && ReadState(at) is int state and not 0)
        {
            int length = state < 0 ? -state : state;
            frames.Add((at, length));
            if (length < JournalFormat.FrameHeaderSize)
            {
                break;
            }

            at += JournalFormat.Aligned(length);
        }

        for (int index = frames.Count - 1; index >= 0; index--)
        {
            Abandon(frames[index].Offset, frames[index].Length);
        }
    }

    /// <summary>
    /// Abandons <paramref name="count"/> claimed frames of <paramref name="frameLength"/> bytes from <paramref name="offset"/>,
    /// the first one last (see <see cref="PublishFrames"/>).
    /// </summary>
    public void AbandonFrames(long offset, int frameLength, int count)
    {
        long stride = JournalFormat.Aligned(frameLength);
        for (int index = count - 1; index >= 0; index--)
        {
            Abandon(offset + (index * stride), frameLength);
        }
    }

    /// <summary>
    /// Makes the page holding <paramref name="offset"/> present and writable in this process's mapping without changing a
    /// byte: a compare-exchange of zero with zero is atomic against the appender's stores, so a word that is not zero stays
    /// as it is and a zero word stays zero (a tailer can never read it as a message).
    /// </summary>
    public void TouchForWrite(long offset) => Interlocked.CompareExchange(ref *(int*)(_base + offset), 0, 0);

    /// <summary>Makes the page holding <paramref name="offset"/> present in this process's mapping with a load.</summary>
    public void TouchForRead(long offset) => _ = Volatile.Read(ref *(_base + offset));

    /// <summary>A descriptor of the cycle at <paramref name="path"/> to fsync it by once it is unmapped (a roll's work).</summary>
    public static FileStream OpenForSync(string path) =>
        new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);

    /// <summary>Syncs [0, <paramref name="end"/>) to the device (msync, then fsync of the file).</summary>
    public void Sync(long end)
    {
        _file.Flush(0, Math.Min(end, Length));
        _file.FlushFileToDisk();
    }

    public void Dispose()
    {
        _view.Dispose();
        _inUse?.Dispose();
        _file.Dispose();
    }

    /// <summary>Checks that a file named like a cycle really is one before its number is used.</summary>
    public static bool TryParseNumber(string fileName, out long number)
    {
        number = 0;
        return fileName.Length == JournalFormat.CycleDigits + JournalFormat.CycleExtension.Length
            && fileName.EndsWith(JournalFormat.CycleExtension, StringComparison.Ordinal)
            && long.TryParse(fileName.AsSpan(0, JournalFormat.CycleDigits), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The directory's cycle numbers, ascending.</summary>
    public static long[] List(string directory)
    {
        var numbers = new System.Collections.Generic.List<long>();
        foreach (string file in Directory.EnumerateFiles(directory, "*" + JournalFormat.CycleExtension))
        {
            if (TryParseNumber(System.IO.Path.GetFileName(file), out long number))
            {
                numbers.Add(number);
            }
        }

        numbers.Sort();
        return [.. numbers];
    }
}
