using System.Collections.Generic;
using System.Linq;

namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>One scalar field of a drawn layout version, as its declaration states it.</summary>
internal sealed record EvolvedField(string Name, ScalarType Type, int Offset, int Since = 1, int Deprecated = 0, long? Default = null, string? FormerName = null)
{
    /// <summary>Whether this field is the one an older declaration called <paramref name="olderName"/>.</summary>
    public bool Answers(string olderName) => Name == olderName || FormerName == olderName;

    /// <summary>What a reader of this version sees where the field has no bytes or is deprecated.</summary>
    public long AbsentValue => Type.Normalize(Default ?? 0);
}

/// <summary>One version of a drawn layout: its declared version, byte order, size and fields.</summary>
internal sealed record EvolvedLayout(int Version, bool BigEndian, int Size, IReadOnlyList<EvolvedField> Fields)
{
    /// <summary>
    /// Whether the layout declares any history (a version above 1, a field added later, deprecated or renamed). Files of two
    /// layouts that declare none must match exactly, so a mismatch there is refused without evolution rules to name.
    /// </summary>
    public bool DeclaresVersions => Version != 1 || Fields.Any(f => f.Since != 1 || f.Deprecated != 0 || f.FormerName is not null);
}
