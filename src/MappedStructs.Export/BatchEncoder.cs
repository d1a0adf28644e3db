using System;
using Apache.Arrow;

namespace MappedStructs.Export;

/// <summary>
/// Makes the record batches of one table's export: the encoder of each field, the schema, and one bounds check per batch
/// (<see cref="DescribedTable.GetRecordBytes"/>) before the encoders read the records at constant offsets.
/// </summary>
internal sealed class BatchEncoder
{
    private readonly DescribedTable _table;
    private readonly ColumnEncoder[] _encoders;

    /// <summary>The encoders and schema of <paramref name="table"/>'s columns.</summary>
    public BatchEncoder(DescribedTable table)
    {
        _table = table;
        _encoders = ColumnEncoders.For(table);
        Schema = ColumnEncoders.SchemaOf(table, _encoders);
    }

    /// <summary>The schema of every batch.</summary>
    public Schema Schema { get; }

    /// <summary>The most records one batch may hold: its record bytes must fit one span.</summary>
    public int MaxBatchSize => int.MaxValue / _table.Layout.Size;

    /// <summary>
    /// The batch of <paramref name="rows"/> records from <paramref name="firstRow"/>, its columns in memory from
    /// <paramref name="buffers"/> (which the batch borrows until the caller reuses them).
    /// </summary>
    public RecordBatch Encode(long firstRow, int rows, BatchBuffers buffers)
    {
        buffers.Reset();
        ReadOnlySpan<byte> records = _table.GetRecordBytes(firstRow, rows);
        var columns = new IArrowArray[_encoders.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = ColumnEncoders.Column(_table.FieldTypes[i], _encoders[i], records, rows, _table.Layout.Size, firstRow, buffers);
        }

        return new RecordBatch(Schema, columns, rows);
    }
}
