using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// An append-only journal of messages in a directory of memory-mapped cycle files: one appender (across all processes)
/// writes messages, each with a sequence number and a timestamp; any number of tailers, in any process, read them in
/// order. See docs/journal.md for the format, the publication protocol and the guarantees.
/// </summary>
public sealed class MappedJournal : IDisposable
{
    private readonly object _gate = new();
    private readonly CountedLease _references;
    private readonly List<IDisposable> _readers = [];
    private JournalAppender? _appender;
    private bool _disposed;

    private MappedJournal(string directory, JournalMeta meta, JournalOptions options)
    {
        Directory = directory;
        Meta = meta;
        Options = options;
        _references = new CountedLease(() => JournalMetaRegistry.Release(meta));
    }

    /// <summary>The journal's directory (a full path).</summary>
    public string Directory { get; }

    /// <summary>The journal's id: every cycle file carries it, so a file of another journal is refused.</summary>
    public Guid Id => Meta.Id;

    /// <summary>The length of every cycle file, fixed at creation.</summary>
    public long CycleSize => Meta.CycleSize;

    /// <summary>When cycles roll besides when full, fixed at creation.</summary>
    public JournalRoll Roll => Meta.Roll;

    /// <summary>The largest payload one message can have: a cycle file less its header and two frame headers.</summary>
    public int MaximumPayload => (int)Math.Min(LargestFramedPayload, CycleSize - JournalFormat.HeaderSize - (3 * JournalFormat.FrameHeaderSize));

    // A frame's length (its header and payload, aligned) is an int in the frame's state word: a payload past this would make
    // it negative, which would pass the fit check and move the write position backwards, out of the mapping.
    private const int LargestFramedPayload = int.MaxValue - JournalFormat.FrameHeaderSize - JournalFormat.FrameAlignment;

    internal JournalMeta Meta { get; }

    internal JournalOptions Options { get; }

    /// <summary>Creates a journal in <paramref name="directory"/>, which must not exist or be empty.</summary>
    /// <exception cref="IOException">The directory holds files already (the message names it).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static MappedJournal Create(string directory, JournalOptions? options = null)
    {
        options ??= JournalOptions.Default;
        options.Validate();
        string full = Path.GetFullPath(directory);
        if (System.IO.Directory.Exists(full) && System.IO.Directory.EnumerateFileSystemEntries(full).GetEnumerator().MoveNext())
        {
            throw new IOException($"Cannot create a journal in '{full}': the directory is not empty. Open it with MappedJournal.Open, or choose an empty directory.");
        }

        System.IO.Directory.CreateDirectory(full);
        JournalMeta.Create(Path.Combine(full, JournalFormat.MetaFileName), Guid.NewGuid(), options);
        return Open(full, options);
    }

    /// <summary>
    /// Opens the journal in <paramref name="directory"/> (its cycle size and roll policy come from the journal; retention
    /// and sync from <paramref name="options"/>). When no appender is live, this recovers the journal first (docs/journal.md,
    /// "Publishing: never torn").
    /// </summary>
    /// <exception cref="FileNotFoundException">The directory holds no journal.</exception>
    /// <exception cref="InvalidJournalFileException">A journal file is truncated, corrupted or of another journal.</exception>
    public static MappedJournal Open(string directory, JournalOptions? options = null)
    {
        options ??= JournalOptions.Default;
        options.Validate();
        string full = Path.GetFullPath(directory);
        string metaPath = Path.Combine(full, JournalFormat.MetaFileName);
        if (!File.Exists(metaPath))
        {
            throw new FileNotFoundException($"'{full}' holds no journal: '{JournalFormat.MetaFileName}' is missing. Create one with MappedJournal.Create.", metaPath);
        }

        JournalMeta meta = JournalMetaRegistry.Acquire(metaPath);
        var journal = new MappedJournal(full, meta, options);
        try
        {
            using IDisposable? appenderLock = meta.IsAppenderHere ? null : meta.TryTakeAppenderLock();
            if (appenderLock is not null)
            {
                JournalRecovery.Run(journal);
            }

            return journal;
        }
        catch
        {
            journal._references.Close();
            throw;
        }
    }

    /// <summary>Becomes the journal's one appender.</summary>
    /// <exception cref="IOException">Another appender, in this or another process, holds the journal.</exception>
    public JournalAppender CreateAppender()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AcquireReference();
            if (_appender is not null || !Meta.TryMarkAppenderHere())
            {
                ReleaseReference();
                throw AppenderBusy();
            }

            IDisposable? appenderLock = null;
            try
            {
                appenderLock = TakeAppenderLock();
                JournalRecovery.Run(this);
                _appender = new JournalAppender(this, appenderLock);
                return _appender;
            }
            catch
            {
                appenderLock?.Dispose();
                Meta.ClearAppenderHere();
                ReleaseReference();
                throw;
            }
        }
    }

    /// <summary>
    /// A tailer with the durable cursor <paramref name="name"/>: it resumes after the last message acknowledged under that
    /// name (by any process), or starts at the oldest message still kept when the name is new.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or longer than 55 UTF-8 bytes.</exception>
    /// <exception cref="JournalMessagesLostException">Retention deleted messages the cursor has not acknowledged.</exception>
    public JournalTailer CreateTailer(string name)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AcquireReference();
            int slot;
            try
            {
                slot = Meta.FindOrCreateCursor(name, OldestSequence);
            }
            catch
            {
                ReleaseReference();
                throw;
            }

            return Track(JournalTailer.Durable(this, name, slot));
        }
    }

    /// <summary>An anonymous tailer (no stored cursor) starting where <paramref name="start"/> says.</summary>
    /// <exception cref="JournalMessagesLostException">The start lies before the oldest message still kept.</exception>
    public JournalTailer CreateTailer(JournalStart start)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            AcquireReference();
            return Track(JournalTailer.Anonymous(this, start));
        }
    }

    /// <summary>The next sequence number the durable cursor <paramref name="name"/> reads, or null when there is no such cursor.</summary>
    public long? CursorPosition(string name)
    {
        AcquireReference();
        try
        {
            return Meta.FindCursor(name);
        }
        finally
        {
            ReleaseReference();
        }
    }

    /// <summary>Removes the durable cursor <paramref name="name"/>; false when there was none.</summary>
    public bool DeleteCursor(string name)
    {
        AcquireReference();
        try
        {
            return Meta.DeleteCursor(name);
        }
        finally
        {
            ReleaseReference();
        }
    }

    /// <summary>
    /// Disposes the appender and the tailers created from this journal, then gives back its metadata mapping. A tailer
    /// reading or waiting on another thread is woken and throws <see cref="ObjectDisposedException"/>; the mappings it uses
    /// stay mapped until it has left (docs/journal.md, "Lifetimes").
    /// </summary>
    public void Dispose()
    {
        JournalAppender? appender;
        IDisposable[] readers;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            appender = _appender;
            readers = [.. _readers];
        }

        appender?.Dispose();
        foreach (IDisposable reader in readers)
        {
            reader.Dispose();
        }

        _references.Close();
    }

    /// <summary>A reference on the journal's metadata mapping for a user (a tailer, the appender, a call), or <see cref="ObjectDisposedException"/>.</summary>
    internal void AcquireReference()
    {
        if (!_references.TryAcquire())
        {
            throw new ObjectDisposedException(nameof(MappedJournal), $"The journal '{Directory}' is disposed.");
        }
    }

    /// <summary>A reference for a moment's use by any thread (a cancellation callback); false once the journal's mappings are gone.</summary>
    internal bool TryAcquireReference() => _references.TryAcquire();

    internal void ReleaseReference() => _references.Release();

    /// <summary>The first sequence number any kept cycle file holds (the next to be written when there is none).</summary>
    internal long OldestSequence()
    {
        for (int attempt = 0; ; attempt++)
        {
            long[] cycles = CycleFile.List(Directory);
            if (cycles.Length == 0)
            {
                return Meta.NewestCommit()?.NextSequence ?? 0;
            }

            try
            {
                using CycleFile oldest = OpenCycle(cycles[0]);
                return oldest.FirstSequence;
            }
            catch (FileNotFoundException) when (attempt < 3)
            {
                // Retention deleted it between the listing and the open: list again.
            }
        }
    }

    internal string CyclePath(long number) => Path.Combine(Directory, CycleFile.FileName(number));

    internal CycleFile OpenCycle(long number) => CycleFile.Open(CyclePath(number), Id, number);

    internal void Released(JournalAppender appender)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_appender, appender))
            {
                _appender = null;
                Meta.ClearAppenderHere();
            }
        }
    }

    internal void Released(JournalTailer tailer)
    {
        lock (_gate)
        {
            _readers.Remove(tailer);
        }
    }

    private JournalTailer Track(JournalTailer tailer)
    {
        _readers.Add(tailer);
        return tailer;
    }

    private IDisposable TakeAppenderLock()
    {
        // A process opening the journal holds the lock for the moment its recovery takes; only a lock that outlasts a few
        // tries is another appender.
        for (int attempt = 0; ; attempt++)
        {
            if (Meta.TryTakeAppenderLock() is { } taken)
            {
                return taken;
            }

            if (attempt == AppenderLockAttempts - 1)
            {
                throw AppenderBusy();
            }

            Thread.Sleep(10);
        }
    }

    private const int AppenderLockAttempts = 50;

    private IOException AppenderBusy() =>
        new($"The journal '{Directory}' already has an appender (in this or another process); a journal has one appender at a time. Dispose the other appender first.");
}
