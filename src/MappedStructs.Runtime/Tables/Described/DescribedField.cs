using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using MappedStructs.Layout;

namespace MappedStructs;

/// <summary>
/// How one field of a described layout reads: its row of the field table, what its type name says (the scalar, the element
/// count, the UTF-8 padding, the bits), and the reads each <see cref="DescribedTable"/> getter makes of it. Built once when the
/// table opens, so a getter's only per-call work is the type check and the read. Offsets were checked against the record size
/// when the text was parsed, so the reads are not checked again.
/// </summary>
internal sealed class DescribedField
{
    private readonly bool _bigEndian;

    // Integer fields (not int128, uint128): how many value bits, and whether they are read sign-extended; 0 otherwise.
    private readonly int _integerBits;
    private readonly bool _signed;

    private DescribedField(LayoutField field, bool bigEndian, ScalarInfo? scalar, int elementCount, byte padding, int bitShift, int bitWidth, FieldKind heapKind = FieldKind.Scalar, ScalarInfo? heapElement = null)
    {
        Field = field;
        HeapKind = heapKind;
        HeapElement = heapElement;
        _bigEndian = bigEndian;
        Scalar = scalar;
        ElementCount = elementCount;
        Padding = padding;
        BitShift = bitShift;
        BitWidth = bitWidth;
        Type = new DescribedFieldType(
            field, ValueTypeOf(field.Kind, scalar), field.Kind == FieldKind.FixedArray, elementCount, scalar?.Size ?? (field.Size / elementCount), (char)padding, bitShift, bitWidth)
        {
            VariableLengthKind = heapKind,
            VarArrayElementType = heapElement is null ? null : ValueTypeOf(FieldKind.Scalar, heapElement),
        };
        if (field.Kind == FieldKind.Bits)
        {
            _integerBits = bitWidth;
        }
        else if (field.Kind is FieldKind.Scalar or FieldKind.Atomic)
        {
            (_integerBits, _signed) = IntegerRange(scalar!.Type);
        }
    }

    /// <summary>The field's row of the layout's field table.</summary>
    public LayoutField Field { get; }

    /// <summary>What the field's type name says, for renderers and exports.</summary>
    public DescribedFieldType Type { get; }

    /// <summary>The scalar of a scalar or atomic field, or the element of an array of scalars; null otherwise.</summary>
    public ScalarInfo? Scalar { get; }

    /// <summary>An array's element count; 1 otherwise.</summary>
    public int ElementCount { get; }

    /// <summary>
    /// <see cref="FieldKind.Text"/>, <see cref="FieldKind.Blob"/> or <see cref="FieldKind.VarArray"/> for a variable-length
    /// field (whose record bytes, read as <see cref="Field"/> says, are its uint64 heap reference); <see cref="FieldKind.Scalar"/> otherwise.
    /// </summary>
    public FieldKind HeapKind { get; }

    /// <summary>A <see cref="FieldKind.VarArray"/> field's element; null otherwise.</summary>
    public ScalarInfo? HeapElement { get; }

    /// <summary>Whether the field's value lives in the table's heap.</summary>
    public bool IsVariableLength => HeapKind != FieldKind.Scalar;

    /// <summary>A UTF-8 field's padding byte.</summary>
    public byte Padding { get; }

    /// <summary>A bit field's lowest bit in its container.</summary>
    public int BitShift { get; }

    /// <summary>A bit field's number of bits.</summary>
    public int BitWidth { get; }

    public static DescribedField ForScalar(LayoutField field, bool bigEndian, ScalarInfo scalar) => new(field, bigEndian, scalar, 1, 0, 0, 0);

    public static DescribedField ForUtf8(LayoutField field, bool bigEndian, byte padding) => new(field, bigEndian, null, 1, padding, 0, 0);

    public static DescribedField ForScalarArray(LayoutField field, bool bigEndian, ScalarInfo element, int count) => new(field, bigEndian, element, count, 0, 0, 0);

    public static DescribedField ForNestedArray(LayoutField field, bool bigEndian, int count) => new(field, bigEndian, null, count, 0, 0, 0);

    public static DescribedField ForNested(LayoutField field, bool bigEndian) => new(field, bigEndian, null, 1, 0, 0, 0);

    /// <summary>A variable-length field, read in the record as its uint64 reference (<paramref name="reference"/>) and resolved through the heap.</summary>
    public static DescribedField ForReference(LayoutField reference, bool bigEndian, ScalarInfo uint64, FieldKind kind, ScalarInfo? element) =>
        new(reference, bigEndian, uint64, 1, 0, 0, 0, kind, element);

    public static DescribedField ForBits(LayoutField field, bool bigEndian, int shift, int width) => new(field, bigEndian, null, 1, 0, shift, width);

    /// <summary>A signed integer of up to 64 bits, or an unsigned one of up to 63 (bit fields included).</summary>
    public long ReadInt64(ref byte record, string path)
    {
        if (_integerBits == 0 || _integerBits > (_signed ? 64 : 63))
        {
            throw Mismatch("GetInt64", "integers whose every value fits in a long (int8 to int64, uint8 to uint32, int24, uint24, bit fields of up to 63 bits)", path);
        }

        return RawInteger(ref record);
    }

    /// <summary>An unsigned integer of up to 64 bits (bit fields included).</summary>
    public ulong ReadUInt64(ref byte record, string path)
    {
        if (_integerBits == 0 || _signed)
        {
            throw Mismatch("GetUInt64", "unsigned integers (uint8 to uint64, uint24, bit fields)", path);
        }

        return (ulong)RawInteger(ref record);
    }

    /// <summary>A signed integer of up to 32 bits, or an unsigned one of up to 31 (bit fields included).</summary>
    public int ReadInt32(ref byte record, string path)
    {
        if (_integerBits == 0 || _integerBits > (_signed ? 32 : 31))
        {
            throw Mismatch("GetInt32", "integers whose every value fits in an int (int8 to int32, uint8, uint16, int24, uint24, bit fields of up to 31 bits)", path);
        }

        return (int)RawInteger(ref record);
    }

    /// <summary>A float64, float32 or float16 field, each exactly representable as a double.</summary>
    public double ReadDouble(ref byte record, string path) => Field.Kind == FieldKind.Scalar ? Scalar!.Type switch
    {
        ScalarType.Double => Read<double>(ref record, Field.Offset),
        ScalarType.Single => Read<float>(ref record, Field.Offset),
        ScalarType.Half => (double)Read<Half>(ref record, Field.Offset),
        _ => throw Mismatch("GetDouble", "float64, float32 and float16 fields", path),
    } : throw Mismatch("GetDouble", "float64, float32 and float16 fields", path);

    /// <summary>A float32 or float16 field.</summary>
    public float ReadSingle(ref byte record, string path) => Field.Kind == FieldKind.Scalar ? Scalar!.Type switch
    {
        ScalarType.Single => Read<float>(ref record, Field.Offset),
        ScalarType.Half => (float)Read<Half>(ref record, Field.Offset),
        _ => throw Mismatch("GetSingle", "float32 and float16 fields", path),
    } : throw Mismatch("GetSingle", "float32 and float16 fields", path);

    /// <summary>A bool field (any non-zero byte is true, as the generated property reads it) or a one-bit bit field.</summary>
    public bool ReadBoolean(ref byte record, string path)
    {
        if (Field.Kind == FieldKind.Scalar && Scalar!.Type == ScalarType.Bool)
        {
            return Read<byte>(ref record, Field.Offset) != 0;
        }

        if (Field.Kind == FieldKind.Bits && BitWidth == 1)
        {
            return RawInteger(ref record) != 0;
        }

        throw Mismatch("GetBoolean", "bool fields and one-bit bit fields", path);
    }

    /// <summary>A UTF-8 field's text without its padding; invalid UTF-8 throws <see cref="InvalidDataException"/> naming the field.</summary>
    public string ReadString(ref byte record, string path) =>
        Field.Kind == FieldKind.Utf8
            ? GeneratedLayoutSupport.ReadUtf8(Bytes(ref record), Padding, Field.Name)
            : throw Mismatch("GetString", "utf8 fields", path);

    /// <summary>The record's reference word of a variable-length field, in host order; anything else throws naming the field.</summary>
    public ulong ReadReference(ref byte record, string path) =>
        IsVariableLength ? Read<ulong>(ref record, Field.Offset) : throw Mismatch("GetHeapBytes", "variable-length fields (text, blob, arrays of any length)", path);

    /// <summary>
    /// A blob or array value, boxed from its resolved heap bytes: a blob as a copy of its bytes, an array as an <see cref="object"/> array of its elements
    /// converted from the layout's byte order.
    /// </summary>
    public object HeapValue(ReadOnlySpan<byte> bytes, string path)
    {
        if (HeapElement is not { } element)
        {
            return bytes.ToArray();
        }

        object[] elements = new object[bytes.Length / element.Size];
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        for (int i = 0; i < elements.Length; i++)
        {
            elements[i] = ScalarValue(element, ref start, i * element.Size, path);
        }

        return elements;
    }

    /// <summary>The field's bytes in the record, in the layout's byte order.</summary>
    public ReadOnlySpan<byte> Bytes(ref byte record) => MemoryMarshal.CreateReadOnlySpan(ref record, Field.Offset + Field.Size)[Field.Offset..];

    /// <summary>
    /// The field's value, boxed: a scalar as its .NET type (<c>datetime</c> as a <see cref="DateTime"/> of unspecified kind),
    /// a UTF-8 field as its string, a bit field as a <see cref="ulong"/>, an array of scalars as an <see cref="object"/> array
    /// of its elements, a nested layout or an array of them as a copy of their bytes.
    /// </summary>
    public object ReadValue(ref byte record, string path)
    {
        switch (Field.Kind)
        {
            case FieldKind.Scalar:
            case FieldKind.Atomic:
                return ScalarValue(Scalar!, ref record, Field.Offset, path);
            case FieldKind.Utf8:
                return ReadString(ref record, path);
            case FieldKind.Bits:
                return (ulong)RawInteger(ref record);
            case FieldKind.FixedArray when Scalar is not null:
                object[] elements = new object[ElementCount];
                for (int i = 0; i < elements.Length; i++)
                {
                    elements[i] = ScalarValue(Scalar, ref record, Field.Offset + (i * Scalar.Size), path);
                }

                return elements;
            default:
                return Bytes(ref record).ToArray();
        }
    }

    private static FieldValueType ValueTypeOf(FieldKind kind, ScalarInfo? scalar) => kind switch
    {
        FieldKind.Utf8 => FieldValueType.Utf8,
        FieldKind.Bits => FieldValueType.Bits,
        _ when scalar is null => FieldValueType.Nested,
        _ => scalar.Type switch
        {
            ScalarType.Bool => FieldValueType.Bool,
            ScalarType.Byte => FieldValueType.UInt8,
            ScalarType.SByte => FieldValueType.Int8,
            ScalarType.Int16 => FieldValueType.Int16,
            ScalarType.UInt16 => FieldValueType.UInt16,
            ScalarType.Int32 => FieldValueType.Int32,
            ScalarType.UInt32 => FieldValueType.UInt32,
            ScalarType.Int64 => FieldValueType.Int64,
            ScalarType.UInt64 => FieldValueType.UInt64,
            ScalarType.Int128 => FieldValueType.Int128,
            ScalarType.UInt128 => FieldValueType.UInt128,
            ScalarType.Char => FieldValueType.Char,
            ScalarType.Half => FieldValueType.Float16,
            ScalarType.Single => FieldValueType.Float32,
            ScalarType.Double => FieldValueType.Float64,
            ScalarType.Guid => FieldValueType.Guid,
            ScalarType.DateTime => FieldValueType.DateTime,
            ScalarType.TimeSpan => FieldValueType.TimeSpan,
            ScalarType.Int24 => FieldValueType.Int24,
            _ => FieldValueType.UInt24,
        },
    };

    private static (int Bits, bool Signed) IntegerRange(ScalarType type) => type switch
    {
        ScalarType.Byte => (8, false),
        ScalarType.SByte => (8, true),
        ScalarType.Int16 => (16, true),
        ScalarType.UInt16 => (16, false),
        ScalarType.Int24 => (24, true),
        ScalarType.UInt24 => (24, false),
        ScalarType.Int32 => (32, true),
        ScalarType.UInt32 => (32, false),
        ScalarType.Int64 => (64, true),
        ScalarType.UInt64 => (64, false),
        _ => (0, false),
    };

    // An integer field's value: sign-extended for signed types, zero-extended (and as its bit pattern for uint64) otherwise.
    private long RawInteger(ref byte record)
    {
        int offset = Field.Offset;
        if (Field.Kind == FieldKind.Bits)
        {
            ulong container = Field.Size switch
            {
                1 => Read<byte>(ref record, offset),
                2 => Read<ushort>(ref record, offset),
                4 => Read<uint>(ref record, offset),
                _ => Read<ulong>(ref record, offset),
            };
            return (long)BitFields.Get(container, BitShift, BitWidth);
        }

        return Scalar!.Type switch
        {
            ScalarType.Byte => Read<byte>(ref record, offset),
            ScalarType.SByte => Read<sbyte>(ref record, offset),
            ScalarType.Int16 => Read<short>(ref record, offset),
            ScalarType.UInt16 => Read<ushort>(ref record, offset),
            ScalarType.Int24 => _bigEndian ? BigEndianBytes.ReadInt24(ref record, offset) : LittleEndianBytes.ReadInt24(ref record, offset),
            ScalarType.UInt24 => _bigEndian ? BigEndianBytes.ReadUInt24(ref record, offset) : LittleEndianBytes.ReadUInt24(ref record, offset),
            ScalarType.Int32 => Read<int>(ref record, offset),
            ScalarType.UInt32 => Read<uint>(ref record, offset),
            ScalarType.Int64 => Read<long>(ref record, offset),
            _ => (long)Read<ulong>(ref record, offset),
        };
    }

    private object ScalarValue(ScalarInfo scalar, ref byte record, int offset, string path)
    {
        switch (scalar.Type)
        {
            case ScalarType.Bool: return Read<byte>(ref record, offset) != 0;
            case ScalarType.Byte: return Read<byte>(ref record, offset);
            case ScalarType.SByte: return Read<sbyte>(ref record, offset);
            case ScalarType.Int16: return Read<short>(ref record, offset);
            case ScalarType.UInt16: return Read<ushort>(ref record, offset);
            case ScalarType.Int32: return Read<int>(ref record, offset);
            case ScalarType.UInt32: return Read<uint>(ref record, offset);
            case ScalarType.Int64: return Read<long>(ref record, offset);
            case ScalarType.UInt64: return Read<ulong>(ref record, offset);
            case ScalarType.Int128: return Read<Int128>(ref record, offset);
            case ScalarType.UInt128: return Read<UInt128>(ref record, offset);
            case ScalarType.Char: return Read<char>(ref record, offset);
            case ScalarType.Half: return Read<Half>(ref record, offset);
            case ScalarType.Single: return Read<float>(ref record, offset);
            case ScalarType.Double: return Read<double>(ref record, offset);
            case ScalarType.Guid: return _bigEndian ? BigEndianBytes.ReadGuid(ref record, offset) : LittleEndianBytes.ReadGuid(ref record, offset);
            case ScalarType.DateTime: return Ticks(Read<long>(ref record, offset), path);
            case ScalarType.TimeSpan: return new TimeSpan(Read<long>(ref record, offset));
            case ScalarType.Int24: return _bigEndian ? BigEndianBytes.ReadInt24(ref record, offset) : LittleEndianBytes.ReadInt24(ref record, offset);
            default:
                Debug.Assert(scalar.Type == ScalarType.UInt24, "the parser accepts only catalogue scalars");
                return _bigEndian ? BigEndianBytes.ReadUInt24(ref record, offset) : LittleEndianBytes.ReadUInt24(ref record, offset);
        }
    }

    // The generated property builds a DateTime through its constructor too; a tick count outside its range is damage, said so.
    private DateTime Ticks(long ticks, string path) =>
        ticks >= 0 && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks)
            : throw new InvalidDataException($"Field '{Field.Name}' of '{path}' holds {ticks} ticks, outside the range of DateTime.");

    private T Read<T>(ref byte record, int offset)
        where T : unmanaged => _bigEndian ? BigEndianBytes.Read<T>(ref record, offset) : LittleEndianBytes.Read<T>(ref record, offset);

    private InvalidOperationException Mismatch(string getter, string reads, string path) =>
        new($"Field '{Field.Name}' of '{path}' is {Field.TypeName} ({Field.Kind}); {getter} reads {reads}. GetBytes and GetValue read any field.");
}
