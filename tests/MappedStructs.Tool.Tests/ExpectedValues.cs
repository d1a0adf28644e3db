using System;
using System.Globalization;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Arrays;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// What an export must hold for a field, computed from <see cref="DescribedTable.GetValue(long, int)"/> by the documented type
/// mapping (docs/tool.md), and what an Arrow array holds, both as one canonical text with the .NET type's name, so a value
/// that is right but of the wrong width fails too.
/// </summary>
internal static class ExpectedValues
{
    public static string Expected(DescribedTable table, long row, int field)
    {
        DescribedFieldType type = table.FieldTypes[field];
        object value = table.GetValue(row, field);
        if (type.ValueType == FieldValueType.Nested)
        {
            // A nested layout, or each element of an array of them, is its bytes as stored.
            byte[] bytes = (byte[])value;
            return type.IsArray
                ? "[" + string.Join(", ", Enumerable.Range(0, type.ElementCount).Select(e => Canonical(bytes.AsSpan(e * type.ElementSize, type.ElementSize).ToArray()))) + "]"
                : Canonical(bytes);
        }

        return type.IsArray
            ? "[" + string.Join(", ", ((object[])value).Select(e => Canonical(Mapped(type, e)))) + "]"
            : Canonical(Mapped(type, value));
    }

    public static string Actual(IArrowArray array, int index) => array switch
    {
        FixedSizeListArray list => "[" + string.Join(", ", Enumerable.Range(0, ((Apache.Arrow.Types.FixedSizeListType)list.Data.DataType).ListSize)
            .Select(e => Actual(list.Values, (index * ((Apache.Arrow.Types.FixedSizeListType)list.Data.DataType).ListSize) + e))) + "]",
        BooleanArray a => Canonical(a.GetValue(index)!.Value),
        Int8Array a => Canonical(a.GetValue(index)!.Value),
        UInt8Array a => Canonical(a.GetValue(index)!.Value),
        Int16Array a => Canonical(a.GetValue(index)!.Value),
        UInt16Array a => Canonical(a.GetValue(index)!.Value),
        Int32Array a => Canonical(a.GetValue(index)!.Value),
        UInt32Array a => Canonical(a.GetValue(index)!.Value),
        Int64Array a => Canonical(a.GetValue(index)!.Value),
        UInt64Array a => Canonical(a.GetValue(index)!.Value),
        HalfFloatArray a => Canonical(a.GetValue(index)!.Value),
        FloatArray a => Canonical(a.GetValue(index)!.Value),
        DoubleArray a => Canonical(a.GetValue(index)!.Value),
        TimestampArray a => "Timestamp:" + a.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
        StringArray a => Canonical(a.GetString(index)),
        FixedSizeBinaryArray a => Canonical(a.GetBytes(index).ToArray()),
        _ => throw new InvalidOperationException($"no reading of {array.GetType().Name}"),
    };

    // The documented mapping of one scalar value.
    private static object Mapped(DescribedFieldType type, object value) => type.ValueType switch
    {
        FieldValueType.Int128 or FieldValueType.UInt128 => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        FieldValueType.Guid => ((Guid)value).ToByteArray(bigEndian: true),
        FieldValueType.DateTime => new Timestamp(Math.DivRem(((DateTime)value).Ticks - DateTime.UnixEpoch.Ticks, 10) is var (q, r) && r < 0 ? q - 1 : q),
        FieldValueType.TimeSpan => ((TimeSpan)value).Ticks,
        FieldValueType.Char => (ushort)(char)value,
        FieldValueType.Int24 => (int)value,
        FieldValueType.UInt24 => (uint)value,
        FieldValueType.Bits => type.BitWidth switch
        {
            <= 8 => (object)(byte)(ulong)value,
            <= 16 => (ushort)(ulong)value,
            <= 32 => (uint)(ulong)value,
            _ => (ulong)value,
        },
        _ => value,
    };

    private static string Canonical(object value) => value switch
    {
        Timestamp t => "Timestamp:" + t.Microseconds.ToString(CultureInfo.InvariantCulture),
        byte[] bytes => "Bytes:" + Convert.ToHexString(bytes),
        IFormattable f => value.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + value,
    };

    private sealed record Timestamp(long Microseconds);
}
