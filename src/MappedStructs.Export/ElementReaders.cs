using System;
using System.IO;

namespace MappedStructs.Export;

/// <summary>Reads one stored element as the value its Arrow column holds.</summary>
internal interface IElementReader<out TValue>
{
    /// <summary>The element at <paramref name="offset"/> from <paramref name="start"/>, of record <paramref name="row"/> (for messages).</summary>
    TValue Read(ref byte start, int offset, long row);
}

/// <summary>A three-byte integer widened to 32 bits: sign-extended for <c>int24</c>, zero-extended for <c>uint24</c>.</summary>
internal readonly struct Int24Reader(bool bigEndian, bool signed) : IElementReader<uint>
{
    public uint Read(ref byte start, int offset, long row) => signed
        ? (uint)(bigEndian ? BigEndianBytes.ReadInt24(ref start, offset) : LittleEndianBytes.ReadInt24(ref start, offset))
        : bigEndian ? BigEndianBytes.ReadUInt24(ref start, offset) : LittleEndianBytes.ReadUInt24(ref start, offset);
}

/// <summary>
/// A <c>datetime</c> (100-ns ticks since 0001-01-01, no kind) as microseconds since 1970-01-01, rounded down: Arrow's
/// <c>timestamp[us]</c>, which covers every <see cref="DateTime"/> (nanoseconds would not) and is the unit of DuckDB, Spark and
/// Parquet's TIMESTAMP. A tick count outside <see cref="DateTime"/>'s range is damage, said so with the record and the file.
/// </summary>
internal readonly struct TimestampReader(bool bigEndian, string field, string path) : IElementReader<long>
{
    public long Read(ref byte start, int offset, long row)
    {
        long ticks = bigEndian ? BigEndianBytes.Read<long>(ref start, offset) : LittleEndianBytes.Read<long>(ref start, offset);
        if ((ulong)ticks > (ulong)DateTime.MaxValue.Ticks)
        {
            throw new InvalidDataException($"Field '{field}' of record {row} of '{path}' holds {ticks} ticks, outside the range of DateTime.");
        }

        (long quotient, long remainder) = Math.DivRem(ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerMicrosecond);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
