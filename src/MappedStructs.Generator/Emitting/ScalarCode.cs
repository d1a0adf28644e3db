using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Calls that read and write one scalar in place through the runtime's byte-order helpers (<c>LittleEndianBytes</c>,
/// <c>BigEndianBytes</c>, and their atomic counterparts), which inline to the load or store the layout's byte order
/// needs. Integers, enums, <c>char</c>, <c>Half</c>, <c>float</c> and <c>double</c> (the scalars whose host-order bytes are
/// the value) go through the generic <c>Read&lt;T&gt;</c>/<c>Write</c>; <c>bool</c> as a byte (any non-zero byte is
/// true, true is stored as 1), <c>DateTime</c> and <c>TimeSpan</c> as their tick count, <c>Guid</c> through
/// <c>ReadGuid</c>/<c>WriteGuid</c>, the one conversion that depends on the byte order. A layout whose order is chosen
/// per view calls <c>EndianBytes</c>/<c>EndianAtomics</c> instead, with the view's flag as the last argument.
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
        order = OrderOf(type, order);
        string viewOrder = ViewOrder(order);
        string Generic(string typeArgument) => $"{Bytes(order)}.Read<{typeArgument}>({start}, {offset}{viewOrder})";
        return TypeCatalogue.Get(type.Scalar).Type switch
        {
            ScalarType.Bool => Generic("byte") + " != 0",

            // Through the constructor, never by reinterpreting the bytes: it validates the tick count.
            ScalarType.DateTime or ScalarType.TimeSpan => $"new {ValueType(type)}({Generic("long")})",
            ScalarType.Guid => $"{Bytes(order)}.ReadGuid({start}, {offset}{viewOrder})",
            ScalarType.Int24 => $"{Bytes(order)}.ReadInt24({start}, {offset}{viewOrder})",
            ScalarType.UInt24 => $"{Bytes(order)}.ReadUInt24({start}, {offset}{viewOrder})",
            _ => Generic(ValueType(type)),
        };
    }

    /// <summary>
    /// The expression (a call returning nothing) that writes <paramref name="value"/> at <paramref name="offset"/>;
    /// <paramref name="fieldName"/> (a string literal) is what a 24-bit write's range error names.
    /// </summary>
    public static string Write(FieldType type, ByteOrder order, string start, string offset, string value, string fieldName)
    {
        order = OrderOf(type, order);
        string viewOrder = ViewOrder(order);
        string Generic(string stored) => $"{Bytes(order)}.Write({start}, {offset}, {stored}{viewOrder})";
        return TypeCatalogue.Get(type.Scalar).Type switch
        {
            ScalarType.Bool => Generic($"{value} ? (byte)1 : (byte)0"),
            ScalarType.DateTime or ScalarType.TimeSpan => Generic(value + ".Ticks"),
            ScalarType.Guid => $"{Bytes(order)}.WriteGuid({start}, {offset}, {value}{viewOrder})",
            ScalarType.Int24 => $"{Bytes(order)}.WriteInt24({start}, {offset}, {value}, {fieldName}{viewOrder})",
            ScalarType.UInt24 => $"{Bytes(order)}.WriteUInt24({start}, {offset}, {value}, {fieldName}{viewOrder})",
            _ => Generic(value),
        };
    }

    /// <summary>
    /// The atomic helper call <c>{operation}(start, offset, arguments)</c>: <c>Read</c> and <c>Write</c> are volatile,
    /// <c>Exchange</c>, <c>CompareExchange</c> and <c>Add</c> interlocked. Only <c>Read</c> names the type; the others infer it.
    /// </summary>
    public static string Atomic(string operation, FieldType type, ByteOrder order, string start, string offset, string arguments = "")
    {
        string atomics = order switch { ByteOrder.Big => BigEndianAtomics, ByteOrder.PerView => EndianAtomics, _ => LittleEndianAtomics };
        string typeArgument = arguments.Length == 0 ? "<" + ValueType(type) + ">" : string.Empty;
        string rest = arguments.Length == 0 ? string.Empty : ", " + arguments;
        return $"{atomics}.{operation}{typeArgument}({start}, {offset}{rest}{ViewOrder(order)})";
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

    /// <summary>
    /// The order a scalar is read in: one byte has no order to choose, so a per-view layout reads it through the
    /// little-endian helper, without a flag to test.
    /// </summary>
    private static ByteOrder OrderOf(FieldType type, ByteOrder order) =>
        order == ByteOrder.PerView && TypeCatalogue.Get(type.Scalar).Size == 1 ? ByteOrder.Little : order;

    private static string Bytes(ByteOrder order) => order switch { ByteOrder.Big => BigEndianBytes, ByteOrder.PerView => EndianBytes, _ => LittleEndianBytes };

    /// <summary>
    /// The last argument of a per-view helper call: the view's flag (<c>, _bigEndian</c>), set once when the view was made;
    /// nothing for a fixed order, whose helper is chosen at generation time.
    /// </summary>
    private static string ViewOrder(ByteOrder order) => order == ByteOrder.PerView ? ", " + GeneratedNames.BigEndianField : string.Empty;
}
