namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>How a drawn newer version differs from its older one: the first three keep files readable both ways, the rest break a rule.</summary>
internal enum EvolutionKind
{
    Append,
    Deprecate,
    Rename,
    TypeChanged,
    SizeChanged,
    OffsetChanged,
    ByteOrderChanged,
    FieldRemoved,
    BytesReused,
}
