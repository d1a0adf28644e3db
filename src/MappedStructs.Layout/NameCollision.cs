namespace MappedStructs.Layout;

/// <summary>A user member that has a generated member's preferred name, so the generated member is emitted under another.</summary>
/// <param name="Name">The name both want: the user member's name and the generated member's preferred name.</param>
/// <param name="FieldIndex">The user member's field index, or -1 when it is the type itself or a member that is not a field.</param>
/// <param name="Emitted">The name the generated member is emitted as (<paramref name="Name"/> with <c>_</c> appended until free).</param>
internal sealed record NameCollision(string Name, int FieldIndex, string Emitted);
