using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// Sequential scan: the sum of one field (Quantity) over every record; time is per whole-file pass, and the GB/s column
/// divides the file size by the median. The two references do not compute the same thing: they bound what any scan can reach.
/// </summary>
public partial class ScanBenchmarks : RecordFileBenchmark
{
    private const int ChunkBytes = 1 << 20;
    private byte[] _chunk = [];

    /// <summary>The floor: pointer arithmetic on the mapping.</summary>
    [Benchmark(Baseline = true)]
    public unsafe long RawPointer()
    {
        byte* p = Raw.Start + TradeRaw.QuantityOffset;
        byte* end = Raw.Start + Raw.Length;
        long sum = 0;
        for (; p < end; p += TradeRaw.Size)
        {
            sum += *(long*)p;
        }

        return sum;
    }

    /// <summary>MemoryMappedViewAccessor.ReadInt64 per record.</summary>
    [Benchmark]
    public long ViewAccessor()
    {
        MemoryMappedViewAccessor accessor = Raw.Accessor;
        long sum = 0;
        for (long offset = TradeRaw.QuantityOffset; offset < Raw.Length; offset += TradeRaw.Size)
        {
            sum += accessor.ReadInt64(offset);
        }

        return sum;
    }

    /// <summary>BinaryPrimitives over a span of the mapping.</summary>
    [Benchmark]
    public long BinaryPrimitivesSpan()
    {
        ReadOnlySpan<byte> bytes = Raw.Span;
        long sum = 0;
        for (int offset = 0; offset < bytes.Length; offset += TradeRaw.Size)
        {
            sum += BinaryPrimitives.ReadInt64LittleEndian(bytes.Slice(offset + TradeRaw.QuantityOffset));
        }

        return sum;
    }

    /// <summary>MemoryMarshal.Cast of the mapping to the explicit-layout struct, then foreach.</summary>
    [Benchmark]
    public long MemoryMarshalCast()
    {
        long sum = 0;
        foreach (ref readonly TradeRaw record in MemoryMarshal.Cast<byte, TradeRaw>(Raw.Span))
        {
            sum += record.Quantity;
        }

        return sum;
    }

    /// <summary>The read() version: RandomAccess.Read of 1 MiB chunks, each parsed with BinaryPrimitives.</summary>
    [Benchmark]
    public long RandomAccessChunks()
    {
        byte[] chunk = Chunk();
        long sum = 0;
        long position = 0;
        int read;
        while ((read = RandomAccess.Read(Handle, chunk, position)) > 0)
        {
            position += read;
            sum += SumQuantities(chunk.AsSpan(0, read));
        }

        return sum;
    }

    /// <summary>FileStream.Read of 1 MiB chunks from the start (the buffer is larger than FileStream's, so it reads directly).</summary>
    [Benchmark]
    public long FileStreamChunks()
    {
        byte[] chunk = Chunk();
        FileStream stream = Stream;
        stream.Seek(0, SeekOrigin.Begin);
        long sum = 0;
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            sum += SumQuantities(chunk.AsSpan(0, read));
        }

        return sum;
    }

    /// <summary>Reference: a Vector&lt;long&gt; sum of every byte of the mapping, the read-bandwidth ceiling.</summary>
    [Benchmark]
    public long VectorSumReference()
    {
        ReadOnlySpan<Vector<long>> vectors = MemoryMarshal.Cast<byte, Vector<long>>(Raw.Span);
        Vector<long> a = Vector<long>.Zero, b = Vector<long>.Zero;
        int i = 0;
        for (; i + 1 < vectors.Length; i += 2)
        {
            a += vectors[i];
            b += vectors[i + 1];
        }

        for (; i < vectors.Length; i++)
        {
            a += vectors[i];
        }

        return Vector.Sum(a + b);
    }

    /// <summary>Reference: Span.CopyTo of the same bytes into a 1 MiB buffer (stays in cache), chunk by chunk.</summary>
    [Benchmark]
    public long CopyToReference()
    {
        Span<byte> chunk = Chunk();
        ReadOnlySpan<byte> bytes = Raw.Span;
        for (int offset = 0; offset < bytes.Length; offset += ChunkBytes)
        {
            bytes.Slice(offset, Math.Min(ChunkBytes, bytes.Length - offset)).CopyTo(chunk);
        }

        return chunk[0];
    }

    private byte[] Chunk() => _chunk.Length == ChunkBytes ? _chunk : (_chunk = new byte[ChunkBytes]);

    private static long SumQuantities(ReadOnlySpan<byte> whole)
    {
        long sum = 0;
        for (int offset = 0; offset + TradeRaw.Size <= whole.Length; offset += TradeRaw.Size)
        {
            sum += BinaryPrimitives.ReadInt64LittleEndian(whole.Slice(offset + TradeRaw.QuantityOffset));
        }

        return sum;
    }
}
