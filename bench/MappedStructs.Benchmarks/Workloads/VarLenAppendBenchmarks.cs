using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Appending records with one 100-byte [Blob] into the page cache (<c>MappedTable.Append</c>: the heap bytes, then the
/// record, then the count) against buffered <see cref="FileStream"/> writes of the same records as id, a 4-byte length
/// prefix and the 100 bytes (issue #15: at least 1 GB/s of blob bytes and at least 5x). 1 Mi records per invocation (4 Ki in
/// the quick mode); each invocation starts from a new file made in the iteration setup, so both sides pay for growing the
/// file and neither for creating it. Time is per record: blob throughput in GB/s is 100 / (ns per record).
/// <see cref="RawMappingWithLengthPrefix"/> is the bound for any writer through a mapping: the same 112 bytes per record
/// stored with a pointer into a new file mapped at its final length, so that it pays only for the kernel's new page-cache
/// pages (each first write to a page faults it in, zeroed), which the table pays too, and FileStream's write calls pay
/// as copies into the same new pages.
/// </summary>
[FewIterations]
public unsafe class VarLenAppendBenchmarks
{
    private const int FullRecords = 1024 * 1024;
    private const int QuickRecords = 4 * 1024;
    private const int PayloadBytes = 100;
    private const int RawPrefixBytes = 12;
    private const int RawRecordBytes = RawPrefixBytes + PayloadBytes;
    // OperationsPerInvoke is an attribute constant, so it names the full count; the quick mode times nothing.
    private static readonly int s_records = BenchSettings.IsQuick ? QuickRecords : FullRecords;
    private readonly byte[] _payload = new byte[PayloadBytes];
    private MappedTable<VarLenPayload>? _table;
    private FileStream? _stream;
    private MappedFile? _raw;
    private MappedView? _rawView;
    private string _tablePath = "";
    private string _streamPath = "";
    private string _rawPath = "";

    /// <summary>Fills the payload and names the files.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        _tablePath = Path.Combine(BenchSettings.WorkDirectory, "varlen-append.tbl");
        _streamPath = Path.Combine(BenchSettings.WorkDirectory, "varlen-append.bin");
        _rawPath = Path.Combine(BenchSettings.WorkDirectory, "varlen-append.raw");
        new Random(15).NextBytes(_payload);
    }

    /// <summary>A new, empty table and stream for the next invocation (not timed).</summary>
    [IterationSetup]
    public void Fresh()
    {
        DeleteFiles();
        _table = MappedTable<VarLenPayload>.Create(_tablePath, 1024);
        _stream = new FileStream(_streamPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _raw = MappedFile.Create(_rawPath, (long)s_records * RawRecordBytes);
        _rawView = _raw.CreateView();
    }

    /// <summary>Closes both files after an invocation (not timed: the close is outside the page-cache write being measured).</summary>
    [IterationCleanup]
    public void Close()
    {
        _table?.Dispose();
        _stream?.Dispose();
        _rawView?.Dispose();
        _raw?.Dispose();
        _table = null;
        _stream = null;
        _rawView = null;
        _raw = null;
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void CleanUp() => DeleteFiles();

    /// <summary>FileStream writes of id, length prefix and payload: the baseline.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = FullRecords)]
    public long FileStreamWithLengthPrefix()
    {
        Span<byte> prefix = stackalloc byte[12];
        FileStream stream = _stream!;
        for (int i = 0; i < s_records; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(prefix, i);
            BinaryPrimitives.WriteInt32LittleEndian(prefix[8..], PayloadBytes);
            stream.Write(prefix);
            stream.Write(_payload);
        }

        stream.Flush();
        return stream.Position;
    }

    /// <summary>Table appends of the same records, each blob into the table's heap.</summary>
    [Benchmark(OperationsPerInvoke = FullRecords)]
    public long TableAppendBlob()
    {
        MappedTable<VarLenPayload> table = _table!;
        ReadOnlyMemory<byte> payload = _payload;
        long last = 0;
        for (int i = 0; i < s_records; i++)
        {
            last = table.Append(new VarLenPayload { Id = i, FixedLength = PayloadBytes, Payload = payload });
        }

        return last;
    }

    /// <summary>The same 112 bytes per record (id, length, payload) stored with a pointer into a new mapped file: the bound.</summary>
    [Benchmark(OperationsPerInvoke = FullRecords)]
    public long RawMappingWithLengthPrefix()
    {
        byte* next = (byte*)Unsafe.AsPointer(ref _rawView!.GetReference());
        ReadOnlySpan<byte> payload = _payload;
        for (int i = 0; i < s_records; i++)
        {
            Unsafe.WriteUnaligned(next, (long)i);
            Unsafe.WriteUnaligned(next + sizeof(long), PayloadBytes);
            payload.CopyTo(new Span<byte>(next + RawPrefixBytes, PayloadBytes));
            next += RawRecordBytes;
        }

        return (long)s_records * RawRecordBytes;
    }

    private void DeleteFiles()
    {
        foreach (string file in Directory.GetFiles(BenchSettings.WorkDirectory, "varlen-append.*"))
        {
            File.Delete(file);
        }
    }
}
