namespace MappedStructs.Layout;

/// <summary>A type that encloses the layout type, outermost first in <see cref="LayoutSpec.ContainingTypes"/>.</summary>
/// <param name="Keyword">The declaration keyword(s) to re-open it: <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
/// <param name="Name">The type name.</param>
/// <param name="IsPartial">Whether every declaration of it is partial (needed to add the generated members).</param>
/// <param name="IsGeneric">Whether it has type parameters (not supported).</param>
/// <param name="IsStatic">Whether it is a static class.</param>
/// <param name="Accessibility">Its accessibility keyword(s), as <see cref="LayoutSpec.Accessibility"/>: decides who may see the generated record extensions.</param>
internal sealed record ContainingTypeSpec(string Keyword, string Name, bool IsPartial, bool IsGeneric = false, bool IsStatic = false, string Accessibility = "public");
