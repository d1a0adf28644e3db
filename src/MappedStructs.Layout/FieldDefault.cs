namespace MappedStructs.Layout;

/// <summary>
/// A field's declared <c>Default</c>, as plain equatable data.
/// </summary>
/// <param name="Text">The constant as a C# expression of the field's type (<c>(long)5</c>, <c>1.5</c>, <c>true</c>), ready to emit.</param>
/// <param name="FitsType">
/// Whether the constant is of the field's type, or an integer constant whose value the field's integer type holds; when
/// false the layout has a violation and <paramref name="Text"/> is not emitted.
/// </param>
/// <param name="Shown">The constant as the user wrote it, for messages.</param>
internal sealed record FieldDefault(string Text, bool FitsType, string Shown);
