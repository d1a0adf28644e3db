namespace MappedStructs.Layout;

/// <summary>How a resolved field is stored; the values match the runtime's <c>MappedStructs.FieldKind</c>.</summary>
internal enum ResolvedFieldKind
{
    Scalar = 0,
    Utf8 = 1,
    FixedArray = 2,
    Nested = 3,
    Atomic = 4,
    Bits = 5,
    Text = 6,
    Blob = 7,
    VarArray = 8,
}
