using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Write of one field (Quantity) at each random index, through a shared read-write mapping or write()/pwrite(); time is per
/// write. Only Quantity changes, so the file stays valid for the other workloads.
/// </summary>
public partial class WriteBenchmarks : RecordFileBenchmark
{
    private const int Writes_ = BenchSettings.ReadsPerInvocation;

    /// <inheritdoc />
    protected override bool Writes => true;

    /// <summary>The floor: store through a pointer into the mapping.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Writes_)]
    public unsafe int RawPointer()
    {
        byte* p = Raw.Start;
        int value = 0;
        foreach (int index in Indices.Next())
        {
            *(long*)(p + ((long)index * TradeRaw.Size) + TradeRaw.QuantityOffset) = ++value;
        }

        return value;
    }

    /// <summary>MemoryMappedViewAccessor.Write(long, long).</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int ViewAccessor()
    {
        MemoryMappedViewAccessor accessor = Raw.Accessor;
        int value = 0;
        foreach (int index in Indices.Next())
        {
            accessor.Write(((long)index * TradeRaw.Size) + TradeRaw.QuantityOffset, (long)++value);
        }

        return value;
    }

    /// <summary>BinaryPrimitives over a span of the mapping.</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int BinaryPrimitivesSpan()
    {
        Span<byte> bytes = Raw.Span;
        int value = 0;
        foreach (int index in Indices.Next())
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.Slice((index * TradeRaw.Size) + TradeRaw.QuantityOffset), ++value);
        }

        return value;
    }

    /// <summary>MemoryMarshal.Cast of the mapping to the explicit-layout struct, then assign the field.</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int MemoryMarshalCast()
    {
        Span<TradeRaw> records = MemoryMarshal.Cast<byte, TradeRaw>(Raw.Span);
        int value = 0;
        foreach (int index in Indices.Next())
        {
            records[index].Quantity = ++value;
        }

        return value;
    }

    /// <summary>RandomAccess.Write of the 8 bytes (one pwrite).</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int RandomAccessWrite()
    {
        Span<byte> field = stackalloc byte[sizeof(long)];
        int value = 0;
        foreach (int index in Indices.Next())
        {
            BinaryPrimitives.WriteInt64LittleEndian(field, ++value);
            RandomAccess.Write(Handle, field, ((long)index * TradeRaw.Size) + TradeRaw.QuantityOffset);
        }

        return value;
    }

    /// <summary>FileStream Seek + Write of the 8 bytes (the stream's buffer flushes on each seek).</summary>
    [Benchmark(OperationsPerInvoke = Writes_)]
    public int FileStreamSeekWrite()
    {
        Span<byte> field = stackalloc byte[sizeof(long)];
        FileStream stream = Stream;
        int value = 0;
        foreach (int index in Indices.Next())
        {
            BinaryPrimitives.WriteInt64LittleEndian(field, ++value);
            stream.Seek(((long)index * TradeRaw.Size) + TradeRaw.QuantityOffset, SeekOrigin.Begin);
            stream.Write(field);
        }

        stream.Flush();
        return value;
    }
}
