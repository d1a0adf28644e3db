using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Calls that read and write one scalar in place through the runtime's byte-order helpers (<c>LittleEndianBytes</c>,
/// <c>BigEndianBytes</c>, and their atomic counterparts), which inline to the load or store the layout's byte order
/// needs. Integers, enums, <c>char</c>, <c>Half</c>, <c>float</c> and <c>double</c> (the scalars whose host-order bytes are
/// the value, <see cref="ScalarInfo.CanBeSpan"/>) go through the generic <c>Read&lt;T&gt;</c>/<c>Write</c>; <c>bool</c>,
/// <c>Guid</c>, <c>DateTime</c> and <c>TimeSpan</c> through a helper named after the type, which converts.
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
    public static string Read(FieldType type, ByteOrder order, string start, string offset) =>
        $"{Bytes(order)}.Read{Converting(type) ?? "<" + ValueType(type) + ">"}({start}, {offset})";

    /// <summary>The expression (a call returning nothing) that writes <paramref name="value"/> at <paramref name="offset"/>.</summary>
    public static string Write(FieldType type, ByteOrder order, string start, string offset, string value) =>
        $"{Bytes(order)}.Write{Converting(type)}({start}, {offset}, {value})";

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

    private static string Bytes(ByteOrder order) => order == ByteOrder.Big ? BigEndianBytes : LittleEndianBytes;

    /// <summary>The name of the converting helper's type (<c>Boolean</c>, <c>Guid</c>, <c>DateTime</c>, <c>TimeSpan</c>), or null for the generic one.</summary>
    private static string? Converting(FieldType type)
    {
        ScalarInfo info = TypeCatalogue.Get(type.Scalar);
        if (info.CanBeSpan)
        {
            return null;
        }

        return info.Type == ScalarType.Bool ? "Boolean" : info.Type.ToString();
    }
}
