using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Calls that read and write one scalar in place through the runtime's byte-order helpers (<c>LittleEndianBytes</c>,
/// <c>BigEndianBytes</c>, and their atomic counterparts), which inline to the load or store the layout's byte order
/// needs. Integers, enums, <c>char</c>, <c>Half</c>, <c>float</c> and <c>double</c> (the scalars whose host-order bytes are
/// the value) go through the generic <c>Read&lt;T&gt;</c>/<c>Write</c>; <c>bool</c> as a byte (any non-zero byte is
/// true, true is stored as 1), <c>DateTime</c> and <c>TimeSpan</c> as their tick count, <c>Guid</c> through
/// <c>ReadGuid</c>/<c>WriteGuid</c>, the one conversion that depends on the byte order.
/// </summary>
internal static class ScalarCode
{
    /// <summary>The C# type of a scalar or enum field's value.</summary>
    public static string ValueType(FieldType type) =>
        type.Shape == FieldShape.Enum ? type.TypeName : TypeCatalogue.Get(type.Scalar).CSharpName;

    /// <summary>
    /// The expression that reads the scalar at <paramref name="offset"/> from <paramref name="start"/> (a <c>ref</c>
    /// expression such as <c>ref _start</c>).
    /// </summary>
    public static string Read(FieldType type, ByteOrder order, string start, string offset)
    {
        string Generic(string typeArgument) => $"{Bytes(order)}.Read<{typeArgument}>({start}, {offset})";
        return TypeCatalogue.Get(type.Scalar).Type switch
        {
            ScalarType.Bool => Generic("byte") + " != 0",

            // Through the constructor, never by reinterpreting the bytes: it validates the tick count.
            ScalarType.DateTime or ScalarType.TimeSpan => $"new {ValueType(type)}({Generic("long")})",
            ScalarType.Guid => $"{Bytes(order)}.ReadGuid({start}, {offset})",
            ScalarType.Int24 => $"{Bytes(order)}.ReadInt24({start}, {offset})",
            ScalarType.UInt24 => $"{Bytes(order)}.ReadUInt24({start}, {offset})",
            _ => Generic(ValueType(type)),
        };
    }

    /// <summary>
    /// The expression (a call returning nothing) that writes <paramref name="value"/> at <paramref name="offset"/>;
    /// <paramref name="fieldName"/> (a string literal) is what a 24-bit write's range error names.
    /// </summary>
    public static string Write(FieldType type, ByteOrder order, string start, string offset, string value, string fieldName)
    {
        string Generic(string stored) => $"{Bytes(order)}.Write({start}, {offset}, {stored})";
        return TypeCatalogue.Get(type.Scalar).Type switch
        {
            ScalarType.Bool => Generic($"{value} ? (byte)1 : (byte)0"),
            ScalarType.DateTime or ScalarType.TimeSpan => Generic(value + ".Ticks"),
            ScalarType.Guid => $"{Bytes(order)}.WriteGuid({start}, {offset}, {value})",
            ScalarType.Int24 => $"{Bytes(order)}.WriteInt24({start}, {offset}, {value}, {fieldName})",
            ScalarType.UInt24 => $"{Bytes(order)}.WriteUInt24({start}, {offset}, {value}, {fieldName})",
            _ => Generic(value),
        };
    }

    /// <summary>
    /// The atomic helper call <c>{operation}(start, offset, arguments)</c>: <c>Read</c> and <c>Write</c> are volatile,
    /// <c>Exchange</c>, <c>CompareExchange</c> and <c>Add</c> interlocked. Only <c>Read</c> names the type; the others infer it.
    /// </summary>
    public static string Atomic(string operation, FieldType type, ByteOrder order, string start, string offset, string arguments = "")
    {
        string atomics = order == ByteOrder.Big ? BigEndianAtomics : LittleEndianAtomics;
        string typeArgument = arguments.Length == 0 ? "<" + ValueType(type) + ">" : string.Empty;
        string rest = arguments.Length == 0 ? string.Empty : ", " + arguments;
        return $"{atomics}.{operation}{typeArgument}({start}, {offset}{rest})";
    }

    /// <summary>
    /// The statement that throws, before <c>Store</c> writes anything, when <paramref name="value"/> does not fit a 24-bit
    /// field (every element, for a fixed array of <paramref name="count"/>); null for the scalars that hold any value of their type.
    /// </summary>
    public static string? RangeCheck(FieldType type, string value, string fieldName, int count = 1)
    {
        string array = type.Shape == FieldShape.Array ? "Array" : string.Empty;
        string arguments = array.Length == 0 ? $"{value}, {fieldName}" : $"{value}, {LayoutEmitter.Text(count)}, {fieldName}";
        return (type.Element ?? type).Scalar switch
        {
            ScalarType.Int24 => $"{Int24Range}.CheckInt24{array}({arguments});",
            ScalarType.UInt24 => $"{Int24Range}.CheckUInt24{array}({arguments});",
            _ => null,
        };
    }

    private static string Bytes(ByteOrder order) => order == ByteOrder.Big ? BigEndianBytes : LittleEndianBytes;
}
