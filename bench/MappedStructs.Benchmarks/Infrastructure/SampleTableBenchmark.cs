using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// What the loop benchmarks share: one table of <see cref="Sample"/> records (<see cref="BenchSettings.DataBytes"/> of
/// them), open as both table types and as a view of the same file, every mapping prefaulted; and the raw pointer to the
/// read-only table's records, so the baselines read the very mapping the table does.
/// </summary>
public abstract unsafe class SampleTableBenchmark
{
    /// <summary>How many records the table holds.</summary>
    protected long RecordCount { get; private set; }

    /// <summary>The table, opened ReadWrite (its indexer is the writable one).</summary>
    protected MappedTable<Sample> Table { get; private set; } = null!;

    /// <summary>The same file as a read-only table.</summary>
    protected ReadOnlyMappedTable<Sample> ReadOnlyTable { get; private set; } = null!;

    /// <summary>A view over the whole file, for record spans made from a view.</summary>
    protected MappedView View { get; private set; } = null!;

    /// <summary>Where the records start in <see cref="View"/> (the header's records offset).</summary>
    protected long RecordsOffset { get; private set; }

    /// <summary>The first record of <see cref="ReadOnlyTable"/>'s mapping.</summary>
    protected byte* Records { get; private set; }

    private MappedFile _file = null!;
    private string _path = "";

    /// <summary>Builds or reuses the table, opens it three ways and prefaults each mapping.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        RecordCount = BenchSettings.DataBytes / Sample.Size;
        string path = SampleTableFile.Ensure(RecordCount);
        _path = path;
        Table = MappedTable<Sample>.Open(path, MapAccess.ReadWrite);
        ReadOnlyTable = ReadOnlyMappedTable<Sample>.Open(path);
        Table.Prefault();
        ReadOnlyTable.Prefault();
        _file = MappedFile.Open(path);
        _file.Prefault(0, _file.Length);
        View = _file.CreateView();
        ReadOnlySpan<byte> header = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in View.GetReadOnlyReference()), 64);
        RecordsOffset = BinaryPrimitives.ReadInt64LittleEndian(header[32..]);
        Records = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(ReadOnlyTable.Records[0].Bytes));
        SetUpLoops();
    }

    /// <summary>What a derived suite prepares after the tables are open.</summary>
    protected virtual void SetUpLoops()
    {
    }

    /// <summary>Records how much of the file the three mappings hold in 2 MiB entries (the column), then releases them.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        MappingStats.Record("three mappings of one file, each prefaulted", SmapsFigures.ForFile(_path));
        View.Dispose();
        _file.Dispose();
        ReadOnlyTable.Dispose();
        Table.Dispose();
    }
}
