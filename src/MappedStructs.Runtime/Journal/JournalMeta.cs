using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// The journal's <c>journal.meta</c> mapped ReadWrite: its validated settings, the wake-up word and sleeper count, the
/// boot id, the two commit records, the appender and cursor locks, and the named cursors (docs/journal.md).
/// </summary>
internal sealed unsafe class JournalMeta : IDisposable
{
    private readonly MappedFile _file;
    private readonly MappedView _view;
    private readonly byte* _base;
    private readonly object _appenderGate = new();
    private bool _appenderHere;

    private JournalMeta(MappedFile file, string path)
    {
        _file = file;
        _view = file.CreateView();
        _base = (byte*)Unsafe.AsPointer(ref _view.GetReference());
        Path = path;
        ReadOnlySpan<byte> header = Header;
        Id = new Guid(header.Slice(JournalFormat.MetaIdOffset, 16));
        CycleSize = BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.MetaCycleSizeOffset..]);
        Roll = (JournalRoll)BinaryPrimitives.ReadInt32LittleEndian(header[JournalFormat.MetaRollOffset..]);
    }

    public string Path { get; }

    public Guid Id { get; }

    /// <summary>How many journal instances of this process share this mapping (guarded by <see cref="JournalMetaRegistry"/>).</summary>
    public int Users { get; set; }

    public long CycleSize { get; }

    public JournalRoll Roll { get; }

    private Span<byte> Header => new(_base, JournalFormat.HeaderSize);

    /// <summary>The futex word tailers sleep on; the appender bumps it to wake them.</summary>
    public ref int WakeWord => ref *(int*)(_base + JournalFormat.WakeWordOffset);

    /// <summary>How many tailers are sleeping or about to (the appender wakes only when it is not zero).</summary>
    public ref int Sleepers => ref *(int*)(_base + JournalFormat.SleepersOffset);

    public void* WakeWordAddress => _base + JournalFormat.WakeWordOffset;

    public static void Create(string path, Guid id, JournalOptions options)
    {
        using var file = MappedFile.Create(path, JournalFormat.MetaFileLength, created =>
        {
            using MappedView view = created.CreateView(0, JournalFormat.HeaderSize);
            Span<byte> header = view.Span;
            JournalHeader.Begin(header, JournalFormat.MetaMagic);
            id.TryWriteBytes(header[JournalFormat.MetaIdOffset..]);
            BinaryPrimitives.WriteInt64LittleEndian(header[JournalFormat.MetaCycleSizeOffset..], options.CycleSize);
            BinaryPrimitives.WriteInt32LittleEndian(header[JournalFormat.MetaRollOffset..], (int)options.Roll);
            BinaryPrimitives.WriteInt32LittleEndian(header[JournalFormat.MetaCursorCountOffset..], JournalFormat.CursorCount);
            BinaryPrimitives.WriteInt64LittleEndian(header[JournalFormat.MetaCreatedOffset..], DateTime.UtcNow.Ticks);
            JournalHeader.Seal(header, JournalFormat.MetaChecksumOffset);
        });
    }

    /// <summary>Maps and checks <c>journal.meta</c>; every field used later is validated here.</summary>
    public static JournalMeta Open(string path)
    {
        var file = MappedFile.Open(path, MapAccess.ReadWrite);
        try
        {
            if (file.Length != JournalFormat.MetaFileLength)
            {
                throw new InvalidJournalFileException(path, $"it is {file.Length} bytes long, but a journal's metadata file is {JournalFormat.MetaFileLength}: it is truncated or not a journal file.");
            }

            using (MappedView view = file.CreateView(0, JournalFormat.HeaderSize))
            {
                CheckHeader(path, view.ReadOnlySpan);
            }

            var meta = new JournalMeta(file, path);
            meta.CheckCursors();
            return meta;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static void CheckHeader(string path, ReadOnlySpan<byte> header)
    {
        JournalHeader.Check(path, header, JournalFormat.MetaMagic, "MSJOURNL", JournalFormat.MetaChecksumOffset);
        int cursors = BinaryPrimitives.ReadInt32LittleEndian(header[JournalFormat.MetaCursorCountOffset..]);
        if (cursors != JournalFormat.CursorCount)
        {
            throw new InvalidJournalFileException(path, $"it has {cursors} cursor slots, not the {JournalFormat.CursorCount} of format version {JournalFormat.Version}.");
        }

        long cycleSize = BinaryPrimitives.ReadInt64LittleEndian(header[JournalFormat.MetaCycleSizeOffset..]);
        int roll = BinaryPrimitives.ReadInt32LittleEndian(header[JournalFormat.MetaRollOffset..]);
        if (cycleSize < JournalFormat.MinimumCycleSize || cycleSize > JournalFormat.MaximumCycleSize || roll is < 0 or > 2)
        {
            throw new InvalidJournalFileException(path, $"its cycle size {cycleSize} or roll policy {roll} is impossible.");
        }
    }

    private void CheckCursors()
    {
        for (int slot = 0; slot < JournalFormat.CursorCount; slot++)
        {
            int nameLength = CursorSlot(slot)[JournalFormat.CursorNameLengthOffset];
            if (nameLength > JournalFormat.MaximumCursorNameBytes || (nameLength > 0 && ReadCursor(slot) < 0))
            {
                throw new InvalidJournalFileException(Path, $"cursor slot {slot} is corrupted (name length {nameLength}, position {ReadCursor(slot)}).");
            }
        }
    }

    private Span<byte> CursorSlot(int slot) => new(_base + JournalFormat.HeaderSize + ((long)slot * JournalFormat.CursorSlotSize), JournalFormat.CursorSlotSize);

    /// <summary>
    /// Marks this process as holding the journal's appender; false when it does already. On macOS the record lock alone
    /// cannot say so (a process's own lock never refuses it), and an open that recovered the journal under a live appender
    /// of this process would abandon its open claim.
    /// </summary>
    public bool TryMarkAppenderHere()
    {
        lock (_appenderGate)
        {
            if (_appenderHere)
            {
                return false;
            }

            _appenderHere = true;
            return true;
        }
    }

    public void ClearAppenderHere()
    {
        lock (_appenderGate)
        {
            _appenderHere = false;
        }
    }

    public bool IsAppenderHere
    {
        get
        {
            lock (_appenderGate)
            {
                return _appenderHere;
            }
        }
    }

    /// <summary>The exclusive appender lock, or null when another appender (in any process) holds it.</summary>
    public IDisposable? TryTakeAppenderLock() =>
        _file.TryLock(JournalFormat.AppenderLockOffset, 1, exclusive: true, out IDisposable? lease) ? lease : null;

    /// <summary>The slot of cursor <paramref name="name"/>, allocated at <paramref name="initial"/> when the journal has none by that name.</summary>
    public int FindOrCreateCursor(string name, Func<long> initial)
    {
        byte[] encoded = EncodeCursorName(name);
        using IDisposable allocation = _file.Lock(JournalFormat.CursorLockOffset, 1, exclusive: true);
        int free = -1;
        for (int slot = 0; slot < JournalFormat.CursorCount; slot++)
        {
            Span<byte> bytes = CursorSlot(slot);
            int length = bytes[JournalFormat.CursorNameLengthOffset];
            if (length == 0)
            {
                free = free < 0 ? slot : free;
            }
            else if (bytes.Slice(JournalFormat.CursorNameOffset, length).SequenceEqual(encoded))
            {
                return slot;
            }
        }

        if (free < 0)
        {
            throw new InvalidOperationException($"The journal '{Path}' already has {JournalFormat.CursorCount} named cursors; remove one with MappedJournal.DeleteCursor first.");
        }

        Span<byte> chosen = CursorSlot(free);
        WriteCursor(free, initial());
        encoded.CopyTo(chosen[JournalFormat.CursorNameOffset..]);
        // The name length is written last: a process killed before it leaves the slot free.
        Volatile.Write(ref chosen[JournalFormat.CursorNameLengthOffset], (byte)encoded.Length);
        return free;
    }

    /// <summary>Frees the cursor named <paramref name="name"/>; false when there is none.</summary>
    public bool DeleteCursor(string name)
    {
        byte[] encoded = EncodeCursorName(name);
        using IDisposable allocation = _file.Lock(JournalFormat.CursorLockOffset, 1, exclusive: true);
        for (int slot = 0; slot < JournalFormat.CursorCount; slot++)
        {
            Span<byte> bytes = CursorSlot(slot);
            int length = bytes[JournalFormat.CursorNameLengthOffset];
            if (length > 0 && bytes.Slice(JournalFormat.CursorNameOffset, length).SequenceEqual(encoded))
            {
                Volatile.Write(ref bytes[JournalFormat.CursorNameLengthOffset], (byte)0);
                return true;
            }
        }

        return false;
    }

    /// <summary>The position of the cursor named <paramref name="name"/>, or null.</summary>
    public long? FindCursor(string name)
    {
        byte[] encoded = EncodeCursorName(name);
        for (int slot = 0; slot < JournalFormat.CursorCount; slot++)
        {
            Span<byte> bytes = CursorSlot(slot);
            int length = Volatile.Read(ref bytes[JournalFormat.CursorNameLengthOffset]);
            if (length > 0 && length <= JournalFormat.MaximumCursorNameBytes && bytes.Slice(JournalFormat.CursorNameOffset, length).SequenceEqual(encoded))
            {
                return ReadCursor(slot);
            }
        }

        return null;
    }

    public long ReadCursor(int slot) => Volatile.Read(ref *(long*)(_base + JournalFormat.HeaderSize + ((long)slot * JournalFormat.CursorSlotSize)));

    public void WriteCursor(int slot, long nextSequence) => Volatile.Write(ref *(long*)(_base + JournalFormat.HeaderSize + ((long)slot * JournalFormat.CursorSlotSize)), nextSequence);

    private static byte[] EncodeCursorName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        byte[] encoded = Encoding.UTF8.GetBytes(name);
        if (encoded.Length > JournalFormat.MaximumCursorNameBytes)
        {
            throw new ArgumentException($"A cursor name is at most {JournalFormat.MaximumCursorNameBytes} UTF-8 bytes; '{name}' has {encoded.Length}.", nameof(name));
        }

        return encoded;
    }

    /// <summary>The newest valid commit record, or null when the journal was never flushed.</summary>
    public JournalCommit? NewestCommit()
    {
        JournalCommit? first = JournalCommit.ReadFrom(Header.Slice(JournalFormat.CommitOffset, JournalFormat.CommitRecordLength));
        JournalCommit? second = JournalCommit.ReadFrom(Header.Slice(JournalFormat.CommitOffset + JournalFormat.CommitSlotSize, JournalFormat.CommitRecordLength));
        return (first, second) switch
        {
            ({ } a, { } b) => a.Number >= b.Number ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    /// <summary>Writes the next commit record over the older one and syncs it, so a torn write leaves the newer one whole.</summary>
    public void Commit(long cycle, long end, long nextSequence)
    {
        long number = (NewestCommit()?.Number ?? 0) + 1;
        int slot = (int)(number % 2);
        new JournalCommit(number, cycle, end, nextSequence).WriteTo(Header.Slice(JournalFormat.CommitOffset + (slot * JournalFormat.CommitSlotSize), JournalFormat.CommitRecordLength));
        SyncHeader();
    }

    public bool BootIsRecorded => BootIdentity.IsRecorded(Header[JournalFormat.BootIdOffset..]);

    public bool BootIsCurrent => BootIdentity.IsCurrent(Header[JournalFormat.BootIdOffset..]);

    public void RecordBoot()
    {
        BootIdentity.WriteCurrent(Header[JournalFormat.BootIdOffset..]);
        SyncHeader();
    }

    private void SyncHeader()
    {
        _file.Flush(0, JournalFormat.HeaderSize);
        _file.FlushFileToDisk();
    }

    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
