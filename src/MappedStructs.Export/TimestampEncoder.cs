using System;
using System.IO;
using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// A <c>datetime</c> field (100-ns ticks since 0001-01-01, no kind) as an Arrow <c>timestamp[us]</c> without a time zone:
/// microseconds since 1970-01-01, rounded down, which covers every <see cref="DateTime"/> (nanoseconds would not) and is the
/// unit DuckDB, Spark and Parquet's TIMESTAMP use. A tick count outside <see cref="DateTime"/>'s range is damage, said so.
/// </summary>
internal sealed class TimestampEncoder(DescribedFieldType type, bool bigEndian, string path) : ColumnEncoder(type, bigEndian)
{
    private static readonly TimestampType s_type = new(TimeUnit.Microsecond, (string?)null);

    public override IArrowType ElementType => s_type;

    public override IArrowArray Encode(ReadOnlySpan<byte> records, int rows, int stride, long firstRow)
    {
        int elements = Type.ElementCount;
        byte[] buffer = new byte[rows * elements * sizeof(long)];
        Span<long> values = MemoryMarshal.Cast<byte, long>(buffer.AsSpan());
        ref byte start = ref MemoryMarshal.GetReference(records);
        int k = 0;
        for (int row = 0; row < rows; row++)
        {
            for (int e = 0; e < elements; e++)
            {
                int offset = (row * stride) + ElementOffset(e);
                long ticks = BigEndian ? BigEndianBytes.Read<long>(ref start, offset) : LittleEndianBytes.Read<long>(ref start, offset);
                if ((ulong)ticks > (ulong)DateTime.MaxValue.Ticks)
                {
                    throw new InvalidDataException($"Field '{Type.Field.Name}' of record {firstRow + row} of '{path}' holds {ticks} ticks, outside the range of DateTime.");
                }

                values[k++] = Math.DivRem(ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerMicrosecond) is var (quotient, remainder) && remainder < 0 ? quotient - 1 : quotient;
            }
        }

        return FixedWidth(ElementType, rows * elements, buffer);
    }
}
