using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// One public member a field gives a view, by shape only (no offsets, no byte order): its field emitter writes the body in
/// the view, and <see cref="RecordExtensionsEmitter"/> forwards to it from the table's record slots.
/// </summary>
/// <param name="Type">Its (fully qualified) type, or return type.</param>
/// <param name="Name">Its name, unescaped.</param>
/// <param name="Settable">Whether the property has a setter.</param>
/// <param name="Parameters">A method's parameter list (<c>long value, long comparand</c>); null for a property.</param>
/// <param name="Arguments">A method's argument list, naming its parameters in order (<c>value, comparand</c>).</param>
internal sealed record ViewMember(string Type, string Name, bool Settable = false, string? Parameters = null, string? Arguments = null)
{
    /// <summary><c>public long Id</c>, or <c>public long AddCount(long delta)</c> for a method.</summary>
    public string Signature => Parameters is null ? $"public {Type} {Id(Name)}" : $"public {Type} {Id(Name)}({Parameters})";

    /// <summary>The member accessed on <paramref name="target"/>: <c>target.Id</c> or <c>target.AddCount(delta)</c>.</summary>
    public string AccessOn(string target) => Parameters is null ? $"{target}.{Id(Name)}" : $"{target}.{Id(Name)}({Arguments})";
}
