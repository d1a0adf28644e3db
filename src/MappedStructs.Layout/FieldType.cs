namespace MappedStructs.Layout;

/// <summary>A field's declared type, as plain data.</summary>
/// <param name="Shape">What kind of type it is.</param>
/// <param name="Scalar">For scalars, the scalar; for enums, the underlying integer; otherwise <see cref="ScalarType.None"/>.</param>
/// <param name="TypeName">The fully qualified C# name usable in generated code (<c>long</c>, <c>global::Ns.Side</c>, <c>global::Ns.Inner</c>, <c>int[]</c>).</param>
/// <param name="DisplayName">The name as a user would write it, for messages (<c>decimal</c>, <c>List&lt;int&gt;</c>).</param>
/// <param name="Element">For arrays, the element type; otherwise null.</param>
internal sealed record FieldType(FieldShape Shape, ScalarType Scalar, string TypeName, string DisplayName, FieldType? Element = null)
{
    public static FieldType ForScalar(ScalarType scalar)
    {
        ScalarInfo info = TypeCatalogue.Get(scalar);
        return new FieldType(FieldShape.Scalar, scalar, info.CSharpName, info.CSharpName.Replace("global::System.", string.Empty));
    }

    public static FieldType ForEnum(string typeName, string displayName, ScalarType underlying) =>
        new(FieldShape.Enum, underlying, typeName, displayName);

    public static FieldType ForString() => new(FieldShape.String, ScalarType.None, "string", "string");

    public static FieldType ForArray(FieldType element) =>
        new(FieldShape.Array, ScalarType.None, element.TypeName + "[]", element.DisplayName + "[]", element);

    public static FieldType ForNested(string qualifiedName, string displayName) =>
        new(FieldShape.Nested, ScalarType.None, qualifiedName, displayName);

    public static FieldType ForByteMemory(string displayName) =>
        new(FieldShape.ByteMemory, ScalarType.None, "global::System.ReadOnlyMemory<byte>", displayName);

    public static FieldType ForUnsupported(string typeName, string displayName) =>
        new(FieldShape.Unsupported, ScalarType.None, typeName, displayName);
}
