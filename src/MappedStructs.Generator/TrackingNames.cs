namespace MappedStructs.Generator;

/// <summary>Names of the pipeline steps, so tests can check that each one caches.</summary>
internal static class TrackingNames
{
    public const string Parse = "MappedStructs.Parse";
    public const string Resolve = "MappedStructs.Resolve";
    public const string Valid = "MappedStructs.Valid";
    public const string Emit = "MappedStructs.Emit";
}
