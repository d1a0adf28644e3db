namespace MappedStructs.Layout;

/// <summary>What a field's declared .NET type is, before attributes are considered.</summary>
internal enum FieldShape
{
    /// <summary>A type the catalogue does not support (see <see cref="FieldType.DisplayName"/>).</summary>
    Unsupported = 0,

    /// <summary>A catalogue scalar.</summary>
    Scalar,

    /// <summary>An enum; <see cref="FieldType.Scalar"/> is its underlying integer.</summary>
    Enum,

    /// <summary><c>string</c>: needs <c>[Utf8(n)]</c>.</summary>
    String,

    /// <summary>A single-dimensional array: needs <c>[FixedArray(n)]</c>; <see cref="FieldType.Element"/> is the element type.</summary>
    Array,

    /// <summary>A struct with <c>[MappedLayout]</c>, stored inline; <see cref="FieldType.TypeName"/> is its <see cref="LayoutSpec.QualifiedName"/>.</summary>
    Nested,

    /// <summary><c>System.ReadOnlyMemory&lt;byte&gt;</c>: only a <c>[Blob]</c> can store it.</summary>
    ByteMemory,
}
