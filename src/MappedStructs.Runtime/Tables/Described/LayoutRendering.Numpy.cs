using System.Collections.Generic;
using System.Text;

namespace MappedStructs;

/// <summary>The numpy dtype rendering.</summary>
public static partial class LayoutRendering
{
    /// <summary>
    /// A Python expression <c>numpy.dtype({'names': [...], 'formats': [...], 'offsets': [...], 'itemsize': N})</c> for one
    /// record, with the layout's byte order in every multi-byte format (<c>&lt;</c> or <c>&gt;</c>), so
    /// <c>numpy.memmap(path, dtype, offset=RecordsOffset, shape=(Count,))</c> reads the records in place. A bit field is its
    /// container's unsigned integer at the container's offset (fields may overlap in a numpy dtype): read it as
    /// <c>(value &gt;&gt; shift) &amp; mask</c>. Types numpy has no scalar for (int128, guid, 24-bit integers, nested layouts) are
    /// <c>V</c> (raw bytes); UTF-8 text is <c>S</c> (bytes: numpy strips trailing NULs, not other padding); <c>datetime</c> and
    /// <c>timespan</c> are their 64-bit tick counts; <c>char</c> is <c>u2</c>; a variable-length field is its <c>u8</c> heap
    /// reference, with a comment after the expression saying how to find the value in the heap file.
    /// </summary>
    /// <exception cref="System.ArgumentException">The layout's field table is not one the generator writes.</exception>
    public static string NumpyDtype(LayoutInfo layout)
    {
        IReadOnlyList<DescribedFieldType> types = FieldTypes(layout);
        char order = layout.Endian == Endianness.Big ? '>' : '<';
        var names = new StringBuilder();
        var formats = new StringBuilder();
        var offsets = new StringBuilder();
        for (int i = 0; i < types.Count; i++)
        {
            string separator = i == 0 ? string.Empty : ", ";
            DescribedFieldType type = types[i];
            names.Append(separator).Append(PythonString(type.Field.Name));
            string format = NumpyFormat(type, order);
            formats.Append(separator).Append(type.IsArray ? "('" + format + "', (" + Text(type.ElementCount) + ",))" : "'" + format + "'");
            offsets.Append(separator).Append(Text(type.Field.Offset));
        }

        return new StringBuilder("numpy.dtype({\n")
            .Append("    'names': [").Append(names).Append("],\n")
            .Append("    'formats': [").Append(formats).Append("],\n")
            .Append("    'offsets': [").Append(offsets).Append("],\n")
            .Append("    'itemsize': ").Append(Text(layout.Size)).Append(",\n})\n").Append(NumpyHeapComment(types, order)).ToString();
    }

    // A variable-length field is its 8-byte heap reference in the record: say how to turn one into the value's bytes.
    private static string NumpyHeapComment(IReadOnlyList<DescribedFieldType> types, char order)
    {
        var names = new List<string>();
        foreach (DescribedFieldType type in types)
        {
            if (type.IsVariableLength)
            {
                names.Add(type.Field.Name);
            }
        }

        return names.Count == 0
            ? string.Empty
            : "# " + string.Join(", ", names) + ": '" + order + "u8' heap references into the table's heap file (<table>.<id>.heap): the value's bytes are\n"
                + "# heap[" + Text(HeapFormat.HeaderSize) + " + (ref >> " + Text(HeapReference.LengthBits) + ") * " + Text(HeapReference.OffsetUnit) + " :][: ref & 0x"
                + HeapReference.MaxLength.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + "] (UTF-8 text, blob bytes, or array elements in the layout's byte order).\n";
    }

    private static string NumpyFormat(DescribedFieldType type, char order) => type.ValueType switch
    {
        FieldValueType.Bool => "?",
        FieldValueType.UInt8 => "u1",
        FieldValueType.Int8 => "i1",
        FieldValueType.Int16 => order + "i2",
        FieldValueType.UInt16 or FieldValueType.Char => order + "u2",
        FieldValueType.Int32 => order + "i4",
        FieldValueType.UInt32 => order + "u4",
        FieldValueType.Int64 or FieldValueType.DateTime or FieldValueType.TimeSpan => order + "i8",
        FieldValueType.UInt64 => order + "u8",
        FieldValueType.Float16 => order + "f2",
        FieldValueType.Float32 => order + "f4",
        FieldValueType.Float64 => order + "f8",
        FieldValueType.Utf8 => "S" + Text(type.Field.Size),
        FieldValueType.Bits => type.Field.Size == 1 ? "u1" : order + "u" + Text(type.Field.Size),
        _ => "V" + Text(type.ElementSize),
    };

    // A single-quoted Python literal; names are C# identifiers, but the text of a file is not trusted to be.
    private static string PythonString(string value)
    {
        var literal = new StringBuilder("'");
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => literal.Append("\\\\"),
                '\'' => literal.Append("\\'"),
                < ' ' or > '~' => literal.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => literal.Append(c),
            };
        }

        return literal.Append('\'').ToString();
    }
}
