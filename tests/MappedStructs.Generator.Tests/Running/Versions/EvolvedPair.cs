namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>
/// An older layout and a newer one drawn from it. For an incompatible pair, <see cref="Rule"/> is the
/// <c>CompatibilityRule</c> a file check must report and <see cref="BrokenField"/> the field it must name.
/// </summary>
internal sealed record EvolvedPair(int Index, EvolutionKind Kind, EvolvedLayout Older, EvolvedLayout Newer, string? Rule, string? BrokenField)
{
    public bool Compatible => Rule is null;

    public string Namespace => "Evolution.P" + Index;

    /// <summary>Whether a file check compares the two by the evolution rules (otherwise it requires an exact match).</summary>
    public bool ComparedByRules => Older.DeclaresVersions || Newer.DeclaresVersions;
}
