using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>Full-record load: copy every field of the record at each random index into a struct; time is per record.</summary>
public partial class LoadBenchmarks : RecordFileBenchmark
{
    private const int Reads = BenchSettings.ReadsPerInvocation;

    /// <summary>The floor: dereference a struct pointer into the mapping.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    public unsafe long RawPointer()
    {
        byte* p = Raw.Start;
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            TradeRaw record = *(TradeRaw*)(p + ((long)index * TradeRaw.Size));
            sum += Consume(record);
        }

        return sum;
    }

    /// <summary>MemoryMappedViewAccessor.Read&lt;T&gt;.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long ViewAccessor()
    {
        MemoryMappedViewAccessor accessor = Raw.Accessor;
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            accessor.Read((long)index * TradeRaw.Size, out TradeRaw record);
            sum += Consume(record);
        }

        return sum;
    }

    /// <summary>BinaryPrimitives, field by field, over a span of the mapping.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long BinaryPrimitivesSpan()
    {
        ReadOnlySpan<byte> bytes = Raw.Span;
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            sum += Consume(Parse(bytes.Slice(index * TradeRaw.Size, TradeRaw.Size)));
        }

        return sum;
    }

    /// <summary>MemoryMarshal.Cast of the mapping to the explicit-layout struct, then copy the element.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long MemoryMarshalCast()
    {
        ReadOnlySpan<TradeRaw> records = MemoryMarshal.Cast<byte, TradeRaw>(Raw.Span);
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            TradeRaw record = records[index];
            sum += Consume(record);
        }

        return sum;
    }

    /// <summary>RandomAccess.Read of the record into a stack buffer, then parse.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long RandomAccessRead()
    {
        Span<byte> buffer = stackalloc byte[TradeRaw.Size];
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            RandomAccess.Read(Handle, buffer, (long)index * TradeRaw.Size);
            sum += Consume(Parse(buffer));
        }

        return sum;
    }

    /// <summary>FileStream Seek + Read of the record, then parse.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long FileStreamSeekRead()
    {
        Span<byte> buffer = stackalloc byte[TradeRaw.Size];
        FileStream stream = Stream;
        long sum = 0;
        foreach (int index in Indices.Next())
        {
            stream.Seek((long)index * TradeRaw.Size, SeekOrigin.Begin);
            stream.ReadExactly(buffer);
            sum += Consume(Parse(buffer));
        }

        return sum;
    }

    // Uses every field, so no method can skip loading one.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Consume(in TradeRaw record) =>
        record.Id + record.Timestamp + record.Quantity + BitConverter.DoubleToInt64Bits(record.Price);

    private static TradeRaw Parse(ReadOnlySpan<byte> record) => new()
    {
        Id = BinaryPrimitives.ReadInt64LittleEndian(record),
        Timestamp = BinaryPrimitives.ReadInt64LittleEndian(record[TradeRaw.TimestampOffset..]),
        Price = BinaryPrimitives.ReadDoubleLittleEndian(record[TradeRaw.PriceOffset..]),
        Quantity = BinaryPrimitives.ReadInt64LittleEndian(record[TradeRaw.QuantityOffset..]),
    };
}
