using System;
using System.Buffers.Binary;
using System.IO;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// The stale states only a power loss leaves, read from a file's raw header bytes (not through the runtime, whose reading
/// of them is what the power-loss tests check): a growth reached the disk in the header page but not in the file's length.
/// </summary>
internal static class PowerLossStates
{
    /// <summary>Whether the table header at <paramref name="tablePath"/> stores a capacity the file's length does not hold.</summary>
    public static bool CapacityPastFileEnd(string tablePath)
    {
        byte[] header = new byte[64];
        using var file = new FileStream(tablePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.ReadExactly(header);
        long capacity = BitConverter.ToInt64(header, TableFileBytes.Capacity);
        long recordsOffset = BitConverter.ToInt64(header, TableFileBytes.RecordsOffset);
        uint recordSize = BitConverter.ToUInt32(header, TableFileBytes.RecordSize);
        return recordsOffset + (capacity * recordSize) > file.Length;
    }

    /// <summary>Whether the heap header at <paramref name="heapPath"/> publishes more value bytes than the file holds past its header page.</summary>
    public static bool HeapPublishedPastFileEnd(string heapPath)
    {
        byte[] header = new byte[HeapFormat.FixedLength];
        using var file = new FileStream(heapPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.ReadExactly(header);
        long published = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(HeapFormat.PublishedLengthOffset));
        return published > file.Length - HeapFormat.HeaderSize;
    }
}
