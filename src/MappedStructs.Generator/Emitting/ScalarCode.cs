using System;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Code that reads and writes one scalar in place, through a local <c>ref byte at</c> pointing at the scalar's first byte.
/// When the layout's byte order is the host's, a read is a plain <c>Unsafe.ReadUnaligned</c>; otherwise the raw integer is
/// swapped with <c>BinaryPrimitives.ReverseEndianness</c>. <c>BitConverter.IsLittleEndian</c> is a JIT-time constant, so the
/// branch not taken disappears from the compiled code.
/// </summary>
internal static class ScalarCode
{
    /// <summary>The name of the local that holds the scalar's first byte.</summary>
    public const string At = "at";

    /// <summary>The condition that is true when the host's byte order is the layout's.</summary>
    public static string HostMatches(ByteOrder order) =>
        order == ByteOrder.Little ? BitConverterType + ".IsLittleEndian" : "!" + BitConverterType + ".IsLittleEndian";

    /// <summary>The C# type of a scalar or enum field's value.</summary>
    public static string ValueType(FieldType type) =>
        type.Shape == FieldShape.Enum ? type.TypeName : TypeCatalogue.Get(type.Scalar).CSharpName;

    /// <summary>Writes <c>ref byte at = ref {location};</c> and a <c>return</c> of the value.</summary>
    public static void WriteReadBody(IndentedWriter writer, FieldType type, string location, ByteOrder order)
    {
        writer.Line($"ref byte {At} = ref {location};");
        (string? condition, string matched, string swapped) = Read(type, order);
        if (condition is null)
        {
            writer.Line($"return {matched};");
            return;
        }

        writer.Line($"return {condition}");
        writer.Line($"    ? {matched}");
        writer.Line($"    : {swapped};");
    }

    /// <summary>Writes <c>ref byte at = ref {location};</c> and the statement that stores <paramref name="value"/>.</summary>
    public static void WriteWriteBody(IndentedWriter writer, FieldType type, string location, string value, ByteOrder order)
    {
        writer.Line($"ref byte {At} = ref {location};");
        writer.Line(Write(type, value, order));
    }

    /// <summary>The read as (condition, expression when the host order matches, expression otherwise); no condition when order does not matter.</summary>
    public static (string? Condition, string Matched, string Swapped) Read(FieldType type, ByteOrder order)
    {
        ScalarInfo info = TypeCatalogue.Get(type.Scalar);
        string value = ValueType(type);
        string match = HostMatches(order);
        string direct = $"{Unsafe}.ReadUnaligned<{value}>(ref {At})";
        string rawSwapped = $"{BinaryPrimitives}.ReverseEndianness({Unsafe}.ReadUnaligned<{info.RawTypeName}>(ref {At}))";
        switch (info.Handling)
        {
            case ByteOrderHandling.SingleByte:
                return (null, info.Type == ScalarType.Bool && type.Shape == FieldShape.Scalar ? $"{At} != 0" : direct, string.Empty);

            case ByteOrderHandling.Integer:
                return (match, direct, type.Shape == FieldShape.Enum ? $"({value}){rawSwapped}" : rawSwapped);

            case ByteOrderHandling.Bits when info.Type is ScalarType.DateTime or ScalarType.TimeSpan:
                // Never reinterpret the bytes as a DateTime: its constructor validates the tick count.
                return (match, $"new {value}({Unsafe}.ReadUnaligned<long>(ref {At}))", $"new {value}({rawSwapped})");

            case ByteOrderHandling.Bits:
                return (match, direct, FromBits(info.Type, rawSwapped));

            case ByteOrderHandling.Guid:
                return (null, $"new global::System.Guid({MemoryMarshal}.CreateReadOnlySpan(ref {At}, 16), bigEndian: {Bool(order == ByteOrder.Big)})", string.Empty);

            default:
                throw new InvalidOperationException("Unknown byte-order handling " + info.Handling);
        }
    }

    /// <summary>A statement (with its semicolon) that writes <paramref name="value"/> at <c>at</c>.</summary>
    public static string Write(FieldType type, string value, ByteOrder order)
    {
        ScalarInfo info = TypeCatalogue.Get(type.Scalar);
        string valueType = ValueType(type);
        string match = HostMatches(order);
        switch (info.Handling)
        {
            case ByteOrderHandling.SingleByte:
                return info.Type == ScalarType.Bool && type.Shape == FieldShape.Scalar
                    ? $"{At} = {value} ? (byte)1 : (byte)0;"
                    : $"{Unsafe}.WriteUnaligned(ref {At}, {value});";

            case ByteOrderHandling.Integer:
                return type.Shape == FieldShape.Enum
                    ? $"{Unsafe}.WriteUnaligned(ref {At}, {match} ? {value} : ({valueType}){BinaryPrimitives}.ReverseEndianness(({info.RawTypeName}){value}));"
                    : $"{Unsafe}.WriteUnaligned(ref {At}, {match} ? {value} : {BinaryPrimitives}.ReverseEndianness({value}));";

            case ByteOrderHandling.Bits:
            {
                string bits = ToBits(info.Type, value);
                return $"{Unsafe}.WriteUnaligned(ref {At}, {match} ? {bits} : {BinaryPrimitives}.ReverseEndianness({bits}));";
            }

            case ByteOrderHandling.Guid:
                return $"_ = {value}.TryWriteBytes({MemoryMarshal}.CreateSpan(ref {At}, 16), bigEndian: {Bool(order == ByteOrder.Big)}, out _);";

            default:
                throw new InvalidOperationException("Unknown byte-order handling " + info.Handling);
        }
    }

    private static string FromBits(ScalarType type, string raw) => type switch
    {
        ScalarType.Char => $"(char){raw}",
        ScalarType.Half => $"{BitConverterType}.UInt16BitsToHalf({raw})",
        ScalarType.Single => $"{BitConverterType}.UInt32BitsToSingle({raw})",
        ScalarType.Double => $"{BitConverterType}.UInt64BitsToDouble({raw})",
        _ => throw new InvalidOperationException("Not a bits scalar: " + type),
    };

    private static string ToBits(ScalarType type, string value) => type switch
    {
        ScalarType.Char => $"(ushort){value}",
        ScalarType.Half => $"{BitConverterType}.HalfToUInt16Bits({value})",
        ScalarType.Single => $"{BitConverterType}.SingleToUInt32Bits({value})",
        ScalarType.Double => $"{BitConverterType}.DoubleToUInt64Bits({value})",
        ScalarType.DateTime or ScalarType.TimeSpan => $"{value}.Ticks",
        _ => throw new InvalidOperationException("Not a bits scalar: " + type),
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
