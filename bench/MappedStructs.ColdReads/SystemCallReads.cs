using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;
using MappedStructs.Peers;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs.ColdReads;

/// <summary>The same workloads without a mapping: a read() loop of 1 MiB chunks, the same loop with O_DIRECT, and one pread per record.</summary>
internal static class SystemCallReads
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>read() of 1 MiB chunks from the start of the file into one buffer, summing the records of each chunk.</summary>
    public static long ReadLoop(ColdFile file) => Scan(file, direct: false);

    /// <summary>
    /// The same loop with O_DIRECT into a page-aligned buffer: the disk's sequential rate, what no cached read can beat
    /// (one request in flight, as <c>dd iflag=direct bs=1M</c>).
    /// </summary>
    public static long DirectReadLoop(ColdFile file) => Scan(file, direct: true);

    /// <summary>One pread of the 32-byte record per index (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>).</summary>
    public static double PreadRecords(ColdFile file)
    {
        using SafeFileHandle handle = File.OpenHandle(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Span<byte> record = stackalloc byte[PeerTrade.Size];
        double sum = 0;
        foreach (long index in file.Indices)
        {
            long offset = file.Table.RecordsOffset + (index * PeerTrade.Size);
            if (RandomAccess.Read(handle, record, offset) != PeerTrade.Size)
            {
                throw new EndOfStreamException($"'{file.Path}' ended inside record {index}");
            }

            sum += BinaryPrimitives.ReadDoubleLittleEndian(record[PeerTrade.PriceOffset..]);
        }

        return sum;
    }

    private static unsafe long Scan(ColdFile file, bool direct)
    {
        // The records start at a page boundary (the header is a multiple of 4096) and a chunk holds whole records, so
        // reading from offset 0 and skipping the header keeps every read aligned, as O_DIRECT requires.
        void* memory = NativeMemory.AlignedAlloc(ChunkBytes, 4096);
        try
        {
            var buffer = new Span<byte>(memory, ChunkBytes);
            using var native = NativeFile.Open(file.Path, direct);
            long position = 0;
            long end = file.Table.RecordsOffset + file.RecordBytes;
            long sum = 0;
            while (position < end)
            {
                int read = ReadFull(native, buffer);
                if (read == 0)
                {
                    throw new EndOfStreamException($"'{file.Path}' ended at byte {position}, before its {file.Table.Count} records");
                }

                long from = Math.Max(position, file.Table.RecordsOffset);
                long to = Math.Min(position + read, end);
                if (to > from)
                {
                    int count = (int)((to - from) / PeerTrade.Size);
                    sum += SumQuantity(buffer.Slice((int)(from - position), count * PeerTrade.Size), count);
                }

                position += read;
            }

            return sum;
        }
        finally
        {
            NativeMemory.AlignedFree(memory);
        }
    }

    private static int ReadFull(NativeFile native, Span<byte> buffer)
    {
        int filled = 0;
        while (filled < buffer.Length)
        {
            int read = native.Read(buffer[filled..]);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static long SumQuantity(ReadOnlySpan<byte> bytes, int count)
    {
        ReadOnlyRecordSpan<PeerTrade> records = PeerTrade.ReadOnlyRef.Span(bytes, count);
        long sum = 0;
        foreach (ReadOnlyMappedRecord<PeerTrade> record in records)
        {
            sum += record.Quantity;
        }

        return sum;
    }
}
