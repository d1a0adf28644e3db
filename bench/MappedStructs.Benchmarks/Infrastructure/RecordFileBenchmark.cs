using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// What every record-file benchmark shares: the page-cached record file, the one random index sequence, the
/// System.IO.MemoryMappedFiles mapping, and the read()-side handles; and, at the end, the smaps figures of the mapping.
/// Each workload class derives from it and adds one method per way of reading.
/// </summary>
public abstract class RecordFileBenchmark
{
    private string _cacheFill = "";

    /// <summary>The record file's path.</summary>
    protected string DataPath { get; private set; } = "";

    /// <summary>How many records the file holds.</summary>
    protected long RecordCount { get; private set; }

    /// <summary>The shared random index sequence.</summary>
    protected RandomIndexSequence Indices { get; private set; } = null!;

    /// <summary>The System.IO.MemoryMappedFiles mapping of the whole file.</summary>
    protected RawMapping Raw { get; private set; } = null!;

    /// <summary>A handle for RandomAccess.Read/Write.</summary>
    protected SafeFileHandle Handle { get; private set; } = null!;

    /// <summary>A FileStream with the default 4 KiB buffer, as most code opens one.</summary>
    protected FileStream Stream { get; private set; } = null!;

    /// <summary>Whether the workload writes (maps and opens read-write).</summary>
    protected virtual bool Writes => false;

    /// <summary>The page-size advice to give each mapping before it is touched.</summary>
    protected virtual PageAdvice Advice => PageAdvice.Default;

    /// <summary>Creates or checks the file, fills the page cache, builds the index sequence, and maps and opens the file.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        DataPath = DataFile.Ensure(BenchSettings.DataBytes);
        _cacheFill = DataFile.FillPageCache(DataPath);
        RecordCount = BenchSettings.DataBytes / TradeRaw.Size;
        Indices = new RandomIndexSequence(RecordCount, BenchSettings.RandomIndexCount);
        Raw = new RawMapping(DataPath, Writes, Advice);
        FileAccess access = Writes ? FileAccess.ReadWrite : FileAccess.Read;
        Handle = File.OpenHandle(DataPath, FileMode.Open, access, FileShare.ReadWrite);
        Stream = new FileStream(DataPath, FileMode.Open, access, FileShare.ReadWrite);
        SetUpMappedStructs();
    }

    /// <summary>Records the smaps figures (after the benchmark touched the mapping) and releases everything.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        MappingStats.Record(_cacheFill, SmapsFigures.ForFile(DataPath));
        CleanUpMappedStructs();
        Stream.Dispose();
        Handle.Dispose();
        Raw.Dispose();
    }

    /// <summary>Opens the MappedStructs side (MappedFile, views, tables) once the runtime provides it.</summary>
    protected virtual void SetUpMappedStructs()
    {
    }

    /// <summary>Releases what <see cref="SetUpMappedStructs"/> opened.</summary>
    protected virtual void CleanUpMappedStructs()
    {
    }
}
