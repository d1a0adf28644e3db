using System.Text;

namespace MappedStructs;

/// <summary>The Arrow schema rendering.</summary>
public static partial class LayoutRendering
{
    /// <summary>
    /// The Arrow schema an export writes (MappedStructs.Export), one <c>name: type not null</c> line per column in pyarrow's
    /// spelling. A column per field, bit fields included; <c>int128</c>/<c>uint128</c> are decimal <c>string</c>s (no Arrow
    /// integer holds them), <c>guid</c> is <c>fixed_size_binary[16]</c> in RFC 4122 byte order (as its text form reads),
    /// <c>datetime</c> is <c>timestamp[us]</c> (the 100-ns digit is dropped), <c>timespan</c> is <c>int64</c> ticks, <c>char</c>
    /// is <c>uint16</c>, 24-bit integers widen to 32, a bit field is the smallest unsigned integer holding its width, a nested layout
    /// is <c>fixed_size_binary</c> of its bytes, a fixed array is a <c>fixed_size_list</c>, and the variable-length fields are
    /// <c>string</c> (text), <c>binary</c> (blobs) and <c>list</c> (arrays of any length) of their values from the heap.
    /// </summary>
    /// <exception cref="System.ArgumentException">The layout's field table is not one the generator writes.</exception>
    public static string ArrowSchema(LayoutInfo layout)
    {
        var text = new StringBuilder();
        foreach (DescribedFieldType type in FieldTypes(layout))
        {
            text.Append(type.Field.Name).Append(": ").Append(ArrowTypeName(type)).Append(" not null\n");
        }

        return text.ToString();
    }

    /// <summary>The Arrow type of a column, in pyarrow's spelling (<c>int64</c>, <c>fixed_size_list&lt;item: int32 not null&gt;[8]</c>).</summary>
    public static string ArrowTypeName(DescribedFieldType type)
    {
        System.ArgumentNullException.ThrowIfNull(type);
        switch (type.VariableLengthKind)
        {
            case FieldKind.Text:
                return "string";
            case FieldKind.Blob:
                return "binary";
            case FieldKind.VarArray:
                return "list<item: " + ArrowElementName(type, type.VarArrayElementType!.Value) + " not null>";
        }

        string element = ArrowElementName(type, type.ValueType);
        return type.IsArray ? "fixed_size_list<item: " + element + " not null>[" + Text(type.ElementCount) + "]" : element;
    }

    private static string ArrowElementName(DescribedFieldType type, FieldValueType valueType) => valueType switch
    {
        FieldValueType.Bool => "bool",
        FieldValueType.UInt8 => "uint8",
        FieldValueType.Int8 => "int8",
        FieldValueType.Int16 => "int16",
        FieldValueType.UInt16 or FieldValueType.Char => "uint16",
        FieldValueType.Int32 or FieldValueType.Int24 => "int32",
        FieldValueType.UInt32 or FieldValueType.UInt24 => "uint32",
        FieldValueType.Int64 or FieldValueType.TimeSpan => "int64",
        FieldValueType.UInt64 => "uint64",
        FieldValueType.Float16 => "halffloat",
        FieldValueType.Float32 => "float",
        FieldValueType.Float64 => "double",
        FieldValueType.Int128 or FieldValueType.UInt128 or FieldValueType.Utf8 => "string",
        FieldValueType.DateTime => "timestamp[us]",
        FieldValueType.Guid => "fixed_size_binary[16]",
        FieldValueType.Bits => "uint" + Text(BitValueBytes(type.BitWidth) * 8),
        _ => "fixed_size_binary[" + Text(type.ElementSize) + "]",
    };
}
