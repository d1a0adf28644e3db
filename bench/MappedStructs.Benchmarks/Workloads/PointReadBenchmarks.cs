using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>Random point read of one field (Price) per record, at the shared random indices; time is per read.</summary>
public partial class PointReadBenchmarks : RecordFileBenchmark
{
    private const int Reads = BenchSettings.ReadsPerInvocation;

    /// <summary>The floor: pointer arithmetic on the mapping.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    public unsafe double RawPointer()
    {
        byte* p = Raw.Start;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += *(double*)(p + ((long)index * TradeRaw.Size) + TradeRaw.PriceOffset);
        }

        return sum;
    }

    /// <summary>MemoryMappedViewAccessor.ReadDouble.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double ViewAccessor()
    {
        MemoryMappedViewAccessor accessor = Raw.Accessor;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += accessor.ReadDouble(((long)index * TradeRaw.Size) + TradeRaw.PriceOffset);
        }

        return sum;
    }

    /// <summary>BinaryPrimitives over a span of the mapping.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double BinaryPrimitivesSpan()
    {
        ReadOnlySpan<byte> bytes = Raw.Span;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += BinaryPrimitives.ReadDoubleLittleEndian(bytes.Slice((index * TradeRaw.Size) + TradeRaw.PriceOffset));
        }

        return sum;
    }

    /// <summary>MemoryMarshal.Cast of the mapping to the explicit-layout struct, then index.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double MemoryMarshalCast()
    {
        ReadOnlySpan<TradeRaw> records = MemoryMarshal.Cast<byte, TradeRaw>(Raw.Span);
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += records[index].Price;
        }

        return sum;
    }

    /// <summary>Unsafe.As from a byte reference to the explicit-layout struct: no bounds check at all.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double UnsafeAs()
    {
        ref byte first = ref MemoryMarshal.GetReference(Raw.Span);
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += Unsafe.As<byte, TradeRaw>(ref Unsafe.Add(ref first, (nint)index * TradeRaw.Size)).Price;
        }

        return sum;
    }

    /// <summary>MappedStructs without the generator: MappedView.Read&lt;double&gt; (a disposed check and a bounds check per call).</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double MappedStructsViewRead()
    {
        MappedView view = View;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += view.Read<double>(((long)index * TradeRaw.Size) + TradeRaw.PriceOffset);
        }

        return sum;
    }

    /// <summary>RandomAccess.Read of the 32-byte record (one pread), then the field from the buffer.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double RandomAccessRead()
    {
        Span<byte> record = stackalloc byte[TradeRaw.Size];
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            RandomAccess.Read(Handle, record, (long)index * TradeRaw.Size);
            sum += BinaryPrimitives.ReadDoubleLittleEndian(record[TradeRaw.PriceOffset..]);
        }

        return sum;
    }

    /// <summary>FileStream Seek + Read of the record: fetching one record the way code without a mapping usually does.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double FileStreamSeekRead()
    {
        Span<byte> record = stackalloc byte[TradeRaw.Size];
        FileStream stream = Stream;
        double sum = 0;
        foreach (int index in Indices.Next())
        {
            stream.Seek((long)index * TradeRaw.Size, SeekOrigin.Begin);
            stream.ReadExactly(record);
            sum += BinaryPrimitives.ReadDoubleLittleEndian(record[TradeRaw.PriceOffset..]);
        }

        return sum;
    }
}
