namespace MappedStructs.Layout;

/// <summary>
/// What <c>[Int24]</c> and <c>[UInt24]</c> make of a field's declared type: <c>int</c> (or <c>int[]</c>) with
/// <c>[Int24]</c> is <see cref="ScalarType.Int24"/>, <c>uint</c> (or <c>uint[]</c>) with <c>[UInt24]</c> is
/// <see cref="ScalarType.UInt24"/>; on any other type, or both at once, the field is unsupported (MAPS0002), named as
/// declared (<c>[Int24] long</c>) so the message shows what was written.
/// </summary>
internal static class Int24Types
{
    public static FieldType Apply(FieldType declared, bool int24, bool uint24)
    {
        if (!int24 && !uint24)
        {
            return declared;
        }

        FieldType value = declared.Element ?? declared;
        ScalarType? narrow = (int24, uint24, value.Shape, value.Scalar) switch
        {
            (true, false, FieldShape.Scalar, ScalarType.Int32) => ScalarType.Int24,
            (false, true, FieldShape.Scalar, ScalarType.UInt32) => ScalarType.UInt24,
            _ => null,
        };
        string attributes = (int24 ? "[Int24] " : string.Empty) + (uint24 ? "[UInt24] " : string.Empty);
        FieldType narrowed = narrow is ScalarType scalar
            ? FieldType.ForScalar(scalar)
            : FieldType.ForUnsupported(value.TypeName, attributes + value.DisplayName);

        // An array stays an array, so [FixedArray] on it is still in place and only its element is reported.
        return declared.Shape == FieldShape.Array ? FieldType.ForArray(narrowed) : narrowed;
    }
}
