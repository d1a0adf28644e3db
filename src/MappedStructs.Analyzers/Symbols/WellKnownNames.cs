namespace MappedStructs.Analyzers.Symbols;

/// <summary>The metadata names of the runtime types the analyzers look for, in one place.</summary>
internal static class WellKnownNames
{
    internal const string MappedLayoutAttribute = "MappedStructs.MappedLayoutAttribute";
    internal const string FieldAttribute = "MappedStructs.FieldAttribute";
    internal const string Utf8Attribute = "MappedStructs.Utf8Attribute";
    internal const string FixedArrayAttribute = "MappedStructs.FixedArrayAttribute";
    internal const string AtomicAttribute = "MappedStructs.AtomicAttribute";
    internal const string MappedView = "MappedStructs.MappedView";
    internal const string MappedFile = "MappedStructs.MappedFile";
    internal const string MapAccess = "MappedStructs.MapAccess";
    internal const string Interlocked = "System.Threading.Interlocked";
    internal const string Volatile = "System.Threading.Volatile";

    /// <summary>The nested view types the generator emits into every valid layout.</summary>
    internal const string RefTypeName = "Ref";

    /// <summary>The read-only twin of <see cref="RefTypeName"/>.</summary>
    internal const string ReadOnlyRefTypeName = "ReadOnlyRef";

    /// <summary>The generated static factory of <c>Ref</c> and <c>ReadOnlyRef</c>.</summary>
    internal const string FromMethodName = "From";
}
