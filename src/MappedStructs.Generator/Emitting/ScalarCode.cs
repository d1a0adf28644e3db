using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Calls that read and write one scalar in place through the runtime's byte-order helpers (<c>LittleEndianBytes</c>,
/// <c>BigEndianBytes</c>, and their atomic counterparts), one per scalar type, named after the .NET type
/// (<c>ReadInt64</c>, <c>WriteDouble</c>). The helpers inline to the load or store the layout's byte order needs. An enum
/// goes through its underlying integer's helper with a cast, which costs nothing.
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
        string call = $"{Bytes(order)}.Read{HelperSuffix(type.Scalar)}({start}, {offset})";
        return type.Shape == FieldShape.Enum ? $"({type.TypeName}){call}" : call;
    }

    /// <summary>The expression (a call returning nothing) that writes <paramref name="value"/> at <paramref name="offset"/>.</summary>
    public static string Write(FieldType type, ByteOrder order, string start, string offset, string value)
    {
        string stored = type.Shape == FieldShape.Enum ? $"({TypeCatalogue.Get(type.Scalar).CSharpName}){value}" : value;
        return $"{Bytes(order)}.Write{HelperSuffix(type.Scalar)}({start}, {offset}, {stored})";
    }

    /// <summary>
    /// The atomic helper call <c>{operation}{Type}(start, offset, arguments)</c>: <c>Read</c> and <c>Write</c> are volatile,
    /// <c>Exchange</c>, <c>CompareExchange</c> and <c>Add</c> interlocked.
    /// </summary>
    public static string Atomic(string operation, FieldType type, ByteOrder order, string start, string offset, string arguments = "")
    {
        string atomics = order == ByteOrder.Big ? BigEndianAtomics : LittleEndianAtomics;
        string rest = arguments.Length == 0 ? string.Empty : ", " + arguments;
        return $"{atomics}.{operation}{HelperSuffix(type.Scalar)}({start}, {offset}{rest})";
    }

    private static string Bytes(ByteOrder order) => order == ByteOrder.Big ? BigEndianBytes : LittleEndianBytes;

    /// <summary>The helper's type suffix: the .NET type name of the scalar (<c>Boolean</c>, <c>Int64</c>, <c>Guid</c>).</summary>
    private static string HelperSuffix(ScalarType type) => type == ScalarType.Bool ? "Boolean" : type.ToString();
}
