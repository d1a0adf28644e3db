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
    private (long Minor, long Major) _faultsAfterSetUp;

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
        _cacheFill = "cache check: " + DataFile.TouchPageCache(DataPath);
        RecordCount = BenchSettings.DataBytes / TradeRaw.Size;
        Indices = new RandomIndexSequence(RecordCount, BenchSettings.RandomIndexCount);
        Raw = new RawMapping(DataPath, Writes, Advice);
        FileAccess access = Writes ? FileAccess.ReadWrite : FileAccess.Read;
        Handle = File.OpenHandle(DataPath, FileMode.Open, access, FileShare.ReadWrite);
        Stream = new FileStream(DataPath, FileMode.Open, access, FileShare.ReadWrite);
        SetUpMappedStructs();

        // Touch only the mapping the running method reads, so the smaps figures afterwards describe that mapping alone.
        string? method = CurrentBenchmark.MethodName;
        bool all = method is null;
        if (all || IsMappedStructsMethod(method!))
        {
            _cacheFill += "; MappedStructs mapping: " + TouchMappedStructs(method);
        }

        if (all || !(IsMappedStructsMethod(method!) || IsReadCallMethod(method!)))
        {
            unsafe
            {
                _cacheFill += "; raw mapping: " + PageToucher.Touch(Raw.Start, Raw.Length, Writes);
            }
        }

        _faultsAfterSetUp = PageFaultCounter.Read();
    }

    /// <summary>Whether a benchmark method reads through MappedStructs (by the suite's naming: "Generated..." and "MappedStructs...").</summary>
    protected static bool IsMappedStructsMethod(string method) =>
        method.StartsWith("Generated", System.StringComparison.Ordinal) || method.StartsWith("MappedStructs", System.StringComparison.Ordinal);

    /// <summary>Whether a benchmark method reads with read()/pread() and uses no mapping.</summary>
    protected static bool IsReadCallMethod(string method) =>
        method.StartsWith("RandomAccess", System.StringComparison.Ordinal) || method.StartsWith("FileStream", System.StringComparison.Ordinal);

    /// <summary>Records the smaps figures (after the benchmark touched the mapping) and releases everything.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        (long minor, long major) = PageFaultCounter.Read();
        string faults = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"; page faults while measuring: {minor - _faultsAfterSetUp.Minor} minor, {major - _faultsAfterSetUp.Major} major");
        MappingStats.Record(_cacheFill + faults, SmapsFigures.ForFile(DataPath) + SmapsFigures.ForFile(TablePath));
        CleanUpMappedStructs();
        Stream.Dispose();
        Handle.Dispose();
        Raw.Dispose();
    }

    /// <summary>The MappedStructs mapping of the whole file.</summary>
    protected MappedFile Mapped { get; private set; } = null!;

    /// <summary>A view over the whole of <see cref="Mapped"/>.</summary>
    protected MappedView View { get; private set; } = null!;

    /// <summary>The record file's twin as a MappedTable&lt;Trade&gt; (same records after a table header).</summary>
    protected MappedTable<Trade> Table { get; private set; } = null!;

    /// <summary>The table file's path.</summary>
    protected string TablePath { get; private set; } = "";

    /// <summary>Opens the MappedStructs side: the mapping with the page-size advice, a view over all of it, and the table.</summary>
    protected virtual void SetUpMappedStructs()
    {
        TablePath = TradeTableFile.Ensure(RecordCount);
        _cacheFill += "; table file: " + DataFile.TouchPageCache(TablePath);
        Table = MappedTable<Trade>.Open(TablePath, Writes ? MapAccess.ReadWrite : MapAccess.Read);
        Mapped = MappedFile.Open(DataPath, Writes ? MapAccess.ReadWrite : MapAccess.Read);
        if (Advice != PageAdvice.Default)
        {
            Mapped.Advise(0, Mapped.Length, Advice == PageAdvice.HugePage ? MapAdvice.HugePage : MapAdvice.NoHugePage);
        }

        View = Mapped.CreateView();
    }

    /// <summary>
    /// Faults in every page the method will use: the table's (by touching one record per 4 KiB, as the table has no prefault)
    /// or the view's mapping with MappedFile.Prefault. Returns what it did.
    /// </summary>
    protected virtual string TouchMappedStructs(string? method)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (method is null || method.StartsWith("GeneratedTable", System.StringComparison.Ordinal))
        {
            long count = Table.Count, sum = 0;
            for (long i = 0; i < count; i += 4096 / TradeRaw.Size)
            {
                if (Writes)
                {
                    Trade.Ref slot = Table[i];
                    slot.Quantity = slot.Quantity;
                }
                else
                {
                    Trade.ReadOnlyRef slot = Table.GetReadOnly(i);
                    sum += slot.Quantity;
                }
            }

            if (method is not null)
            {
                return string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"table: one record per 4 KiB {(Writes ? "written" : "read")}, {watch.Elapsed.TotalMilliseconds:F0} ms (checksum {sum})");
            }
        }

        Mapped.Prefault(0, Mapped.Length, forWrite: Writes);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"MappedFile.Prefault(forWrite: {Writes}), {watch.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Releases what <see cref="SetUpMappedStructs"/> opened.</summary>
    protected virtual void CleanUpMappedStructs()
    {
        View.Dispose();
        Mapped.Dispose();
        Table.Dispose();
    }
}
