namespace MappedStructs;

/// <summary>
/// What a described field's type name says, parsed once: the value type, how many elements an array has, the element size,
/// the padding of UTF-8 text and the bits of a bit field. Renderers (<see cref="LayoutRendering"/>) and exports read it
/// instead of parsing <see cref="LayoutField.TypeName"/> again.
/// </summary>
public sealed class DescribedFieldType
{
    internal DescribedFieldType(LayoutField field, FieldValueType valueType, bool isArray, int elementCount, int elementSize, char utf8Padding, int bitShift, int bitWidth)
    {
        Field = field;
        ValueType = valueType;
        IsArray = isArray;
        ElementCount = elementCount;
        ElementSize = elementSize;
        Utf8Padding = utf8Padding;
        BitShift = bitShift;
        BitWidth = bitWidth;
    }

    /// <summary>The field's row of the field table.</summary>
    public LayoutField Field { get; }

    /// <summary>The type of the field's value, or of each element of an array.</summary>
    public FieldValueType ValueType { get; }

    /// <summary>Whether the field is a fixed array (of scalars or of nested layouts).</summary>
    public bool IsArray { get; }

    /// <summary>The number of elements of an array; 1 otherwise.</summary>
    public int ElementCount { get; }

    /// <summary>The size in bytes of one element (of the whole field when it is not an array; of the container of a bit field).</summary>
    public int ElementSize { get; }

    /// <summary>The padding character of a UTF-8 field (<c>'\0'</c>, or an ASCII character such as a space); <c>'\0'</c> otherwise.</summary>
    public char Utf8Padding { get; }

    /// <summary>A bit field's lowest bit in its container; 0 otherwise.</summary>
    public int BitShift { get; }

    /// <summary>A bit field's number of bits; 0 otherwise.</summary>
    public int BitWidth { get; }

    /// <summary>
    /// <see cref="FieldKind.Text"/>, <see cref="FieldKind.Blob"/> or <see cref="FieldKind.VarArray"/> when the field's value
    /// lives in the table's heap: the record then holds its 8-byte reference, which <see cref="ValueType"/> describes as the
    /// <see cref="FieldValueType.UInt64"/> it is stored as; <see cref="FieldKind.Scalar"/> for every other field.
    /// </summary>
    public FieldKind VariableLengthKind { get; internal init; } = FieldKind.Scalar;

    /// <summary>Whether the field's value lives in the table's heap (see <see cref="VariableLengthKind"/>).</summary>
    public bool IsVariableLength => VariableLengthKind != FieldKind.Scalar;

    /// <summary>The element type of a <see cref="FieldKind.VarArray"/> field (stored in the layout's byte order); null otherwise.</summary>
    public FieldValueType? VarArrayElementType { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => Field.TypeName;
}
