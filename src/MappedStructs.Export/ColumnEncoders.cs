using System;
using System.Collections.Generic;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace MappedStructs.Export;

/// <summary>
/// The one switch from a field's stored type to its Arrow column (the mapping is in docs/tool.md, "Type mapping", and
/// <see cref="LayoutRendering.ArrowSchema"/> prints the same names): an encoder per field, and a fixed array wrapped as a
/// <c>fixed_size_list</c> of its elements; a variable-length field (text, blob, array of any length) is a
/// <see cref="HeapValueEncoder"/>. A new stored type is one case here, one encoder, and one name in <see cref="LayoutRendering.ArrowTypeName"/>.
/// </summary>
internal static class ColumnEncoders
{
    private static readonly TimestampType s_timestamp = new(TimeUnit.Microsecond, (string?)null);

    /// <summary>The encoder of each field of <paramref name="table"/>, in field order.</summary>
    public static ColumnEncoder[] For(DescribedTable table)
    {
        bool big = table.Layout.Endian == Endianness.Big;
        var encoders = new ColumnEncoder[table.FieldTypes.Count];
        for (int i = 0; i < encoders.Length; i++)
        {
            DescribedFieldType type = table.FieldTypes[i];
            encoders[i] = type.IsVariableLength
                ? new HeapValueEncoder(table, i, type.VarArrayElementType is { } element ? GatherType(element) : null)
                : For(type, big, table.Path);
        }

        return encoders;
    }

    /// <summary>The Arrow schema of the columns: one non-nullable field per layout field, with the layout in the metadata.</summary>
    public static Schema SchemaOf(DescribedTable table, ColumnEncoder[] encoders)
    {
        var fields = new List<Field>(encoders.Length);
        for (int i = 0; i < encoders.Length; i++)
        {
            DescribedFieldType type = table.FieldTypes[i];
            fields.Add(new Field(type.Field.Name, ColumnType(type, encoders[i]), nullable: false));
        }

        return new Schema(fields, [new("mappedstructs.layout", table.Layout.Describe())]);
    }

    /// <summary>A column of the batch: the encoder's values, as a fixed-size list per record for an array field.</summary>
    public static IArrowArray Column(DescribedFieldType type, ColumnEncoder encoder, ReadOnlySpan<byte> records, int rows, int stride, long firstRow, BatchBuffers buffers)
    {
        IArrowArray values = encoder.Encode(records, rows, stride, firstRow, buffers);
        return type.IsArray
            ? ArrowArrayFactory.BuildArray(new ArrayData(ColumnType(type, encoder), rows, 0, 0, [ArrowBuffer.Empty], [values.Data]))
            : values;
    }

    private static IArrowType ColumnType(DescribedFieldType type, ColumnEncoder encoder) =>
        type.IsArray ? new FixedSizeListType(new Field("item", encoder.ElementType, nullable: false), type.ElementCount) : encoder.ElementType;

    private static ColumnEncoder For(DescribedFieldType type, bool big, string path) => type.ValueType switch
    {
        FieldValueType.Bool => new BooleanEncoder(type, big),
        FieldValueType.Int24 => new ScalarEncoder<uint, Int24Reader>(type, big, Int32Type.Default, new Int24Reader(big, signed: true)),
        FieldValueType.UInt24 => new ScalarEncoder<uint, Int24Reader>(type, big, UInt32Type.Default, new Int24Reader(big, signed: false)),
        FieldValueType.DateTime => new ScalarEncoder<long, TimestampReader>(type, big, s_timestamp, new TimestampReader(big, type.Field.Name, path)),
        FieldValueType.Int128 or FieldValueType.UInt128 or FieldValueType.Utf8 => new TextEncoder(type, big, path),
        FieldValueType.Bits => new BitsEncoder(type, big),
        _ when GatherType(type.ValueType) is { } gathered => Same(type, big, gathered),
        _ => new FixedBinaryEncoder(type, big),
    };

    // The stored types whose bytes, in the host's order, are their Arrow values: a fixed field's or a var array's element.
    private static IArrowType? GatherType(FieldValueType type) => type switch
    {
        FieldValueType.UInt8 => UInt8Type.Default,
        FieldValueType.Int8 => Int8Type.Default,
        FieldValueType.Int16 => Int16Type.Default,
        FieldValueType.UInt16 or FieldValueType.Char => UInt16Type.Default,
        FieldValueType.Int32 => Int32Type.Default,
        FieldValueType.UInt32 => UInt32Type.Default,
        FieldValueType.Int64 or FieldValueType.TimeSpan => Int64Type.Default,
        FieldValueType.UInt64 => UInt64Type.Default,
        FieldValueType.Float16 => HalfFloatType.Default,
        FieldValueType.Float32 => FloatType.Default,
        FieldValueType.Float64 => DoubleType.Default,
        _ => null,
    };

    private static GatherEncoder Same(DescribedFieldType type, bool big, IArrowType arrowType) => new(type, big, arrowType);
}
