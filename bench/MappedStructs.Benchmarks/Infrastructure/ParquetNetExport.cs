using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using MappedStructs.Export;
using Parquet;
using Parquet.Schema;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The comparison behind the export's Parquet library: the same table written by the fully managed Parquet.Net, with the
/// settings <see cref="TableExport.ToParquet(DescribedTable, string, ExportOptions?)"/> uses (Snappy, row groups of 1,048,576
/// rows, non-nullable columns). Only the 8-byte integer and float fields of the benchmark's trade table are covered: enough for
/// a like-for-like throughput figure, not a second exporter.
/// </summary>
internal static class ParquetNetExport
{
    private const int RowGroupRows = 1 << 20;

    /// <summary>Writes every record of <paramref name="table"/> to the Parquet file <paramref name="path"/>; returns the record count.</summary>
    public static async Task<long> WriteAsync(DescribedTable table, string path)
    {
        int fieldCount = table.FieldTypes.Count;
        var fields = new DataField[fieldCount];
        for (int f = 0; f < fieldCount; f++)
        {
            DescribedFieldType type = table.FieldTypes[f];
            fields[f] = type.ValueType switch
            {
                FieldValueType.Int64 when !type.IsArray => new DataField<long>(type.Field.Name, false),
                FieldValueType.Float64 when !type.IsArray => new DataField<double>(type.Field.Name, false),
                _ => throw new NotSupportedException($"The Parquet.Net comparison covers long and double fields; '{type.Field.Name}' is {type.ValueType}."),
            };
        }

        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        long count = table.Count;
        long[] longs = new long[Math.Min(RowGroupRows, count)];
        double[] doubles = new double[longs.Length];
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options).ConfigureAwait(false);
        for (long first = 0; first < count; first += RowGroupRows)
        {
            int rows = (int)Math.Min(RowGroupRows, count - first);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            for (int f = 0; f < fieldCount; f++)
            {
                int offset = table.FieldTypes[f].Field.Offset;
                if (fields[f] is DataField<long>)
                {
                    Gather(table, first, rows, offset, longs);
                    await group.WriteAsync(fields[f], new ReadOnlyMemory<long>(longs, 0, rows)).ConfigureAwait(false);
                }
                else
                {
                    Gather(table, first, rows, offset, doubles);
                    await group.WriteAsync(fields[f], new ReadOnlyMemory<double>(doubles, 0, rows)).ConfigureAwait(false);
                }
            }
        }

        return count;
    }

    // The benchmark's table is little-endian, the host's order, so a value's bytes are copied as they are.
    private static void Gather<T>(DescribedTable table, long first, int rows, int offset, T[] values)
        where T : unmanaged
    {
        int stride = table.Layout.Size;
        ReadOnlySpan<byte> records = table.GetRecordBytes(first, rows);
        for (int row = 0; row < rows; row++)
        {
            values[row] = MemoryMarshal.Read<T>(records.Slice((row * stride) + offset));
        }
    }
}
