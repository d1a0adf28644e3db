namespace MappedStructs.Layout;

/// <summary>The rule of layout evolution that a newer layout breaks against an older one (see <c>docs/versioning.md</c>).</summary>
internal enum CompatibilityRule
{
    /// <summary>A field kept its name but its type (or kind) text differs.</summary>
    TypeChanged = 1,

    /// <summary>A field kept its name but moved.</summary>
    OffsetChanged = 2,

    /// <summary>A field kept its name but its size differs.</summary>
    SizeChanged = 3,

    /// <summary>A field kept its name but its byte order differs.</summary>
    ByteOrderChanged = 4,

    /// <summary>A field of the older layout is missing from the newer one without having been deprecated.</summary>
    FieldRemoved = 5,

    /// <summary>A field added by the newer layout lies inside the older record, over bytes an older field (or its padding) owns.</summary>
    BytesReused = 6,

    /// <summary>A field added by the newer layout has a <c>Since</c> the older layout's version already covers.</summary>
    AddedWithoutSince = 7,

    /// <summary>The newer layout adds, deprecates or grows, yet its <c>Version</c> equals the older one's.</summary>
    VersionNotRaised = 8,

    /// <summary>The newer layout's <c>Version</c> is below the older one's.</summary>
    VersionLowered = 9,

    /// <summary>The newer record is shorter than the older one.</summary>
    RecordShrunk = 10,

    /// <summary>A field's <c>Since</c> differs from the older layout's.</summary>
    SinceChanged = 11,

    /// <summary>A field's <c>Deprecated</c> was revoked, changed, or names a version the older layout already had.</summary>
    DeprecationChanged = 12,
}
