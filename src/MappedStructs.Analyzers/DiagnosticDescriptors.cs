using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers;

/// <summary>
/// Every diagnostic MappedStructs reports, in one place. IDs never change meaning: a retired ID stays retired.
/// MAPS00xx are about layout declarations, MAPS01xx about accesses to mapped memory.
/// Each message states the numbers (offsets, sizes, alignments) so that the reader does not have to work them out.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where each ID's page lives: docs/diagnostics/&lt;ID&gt;.md in the repository.</summary>
    internal const string HelpLinkBase = "https://github.com/mappedstructs/mappedstructs/blob/main/docs/diagnostics/";

    internal const string LayoutCategory = "MappedStructs.Layout";
    internal const string AccessCategory = "MappedStructs.Access";

    // ---- Declarations -------------------------------------------------------------------------------------------

    internal static readonly DiagnosticDescriptor NotPartialStruct = new(
        id: "MAPS0001",
        title: "A mapped layout must be a partial struct",
        messageFormat: "'{0}' has [MappedLayout] but is {1}; declare it as a 'partial record struct' (or 'partial struct') so the generator can add its accessors",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0001.md");

    internal static readonly DiagnosticDescriptor UnsupportedFieldType = new(
        id: "MAPS0002",
        title: "The field type cannot be mapped",
        messageFormat: "Field '{0}' has type '{1}', which a mapped layout cannot store; supported are {2}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0002.md");

    internal static readonly DiagnosticDescriptor OverlappingFields = new(
        id: "MAPS0003",
        title: "Fields overlap",
        messageFormat: "Field '{0}' (offset {1}, size {2}) overlaps field '{3}' (offset {4}, size {5})",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0003.md");

    internal static readonly DiagnosticDescriptor FieldPastSize = new(
        id: "MAPS0004",
        title: "A field ends past the declared Size",
        messageFormat: "Field '{0}' (offset {1}, size {2}) ends at byte {3}, past the declared Size of {4}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0004.md");

    internal static readonly DiagnosticDescriptor SizeTooSmall = new(
        id: "MAPS0005",
        title: "The declared Size is smaller than the fields need",
        messageFormat: "'{0}' declares Size = {1} but its fields need {2} bytes",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0005.md");

    internal static readonly DiagnosticDescriptor MisalignedField = new(
        id: "MAPS0006",
        title: "A field is not naturally aligned",
        messageFormat: "Field '{0}' at offset {1} is not a multiple of its alignment {2}; the next aligned offset is {3}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0006.md");

    internal static readonly DiagnosticDescriptor MisalignedAtomicField = new(
        id: "MAPS0007",
        title: "An [Atomic] field is not naturally aligned",
        messageFormat: "[Atomic] field '{0}' at offset {1} is not a multiple of its alignment {2}, so interlocked operations on it are not atomic; the next aligned offset is {3}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0007.md");

    /// <summary>
    /// MAPS0007 for a field that is a nested layout (or an array of one) holding [Atomic] fields: the same rule, ID, title,
    /// severity and page, worded for what the field is. Kept in <see cref="MessageVariants"/> so that the catalogue of
    /// this class's fields lists each ID once.
    /// </summary>
    internal static DiagnosticDescriptor MisalignedNestedAtomicField => MessageVariants.MisalignedNestedAtomicField;

    internal static readonly DiagnosticDescriptor SizeNotMultipleOfAlignment = new(
        id: "MAPS0008",
        title: "The Size is not a multiple of the layout's alignment",
        messageFormat: "'{0}' has Size = {1}, not a multiple of its alignment {2}, so the records of an array of it misalign; {3} would be aligned",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0008.md");

    internal static readonly DiagnosticDescriptor PaddingBetweenFields = new(
        id: "MAPS0009",
        title: "Implicit padding between fields",
        messageFormat: "{0} byte(s) of implicit padding before field '{1}' (bytes {2} to {3})",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Hidden,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0009.md");

    internal static readonly DiagnosticDescriptor PaddingAtEnd = new(
        id: "MAPS0010",
        title: "Implicit padding at the end of the layout",
        messageFormat: "{0} byte(s) of implicit padding at the end of '{1}' (bytes {2} to {3} of {4})",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Hidden,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0010.md");

    internal static readonly DiagnosticDescriptor MixedOffsets = new(
        id: "MAPS0011",
        title: "Explicit and implicit offsets are mixed",
        messageFormat: "Field '{0}' has no [Field(offset)] but other fields of '{1}' do; give every field an offset, or none",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0011.md");

    internal static readonly DiagnosticDescriptor LengthNotPositiveConstant = new(
        id: "MAPS0012",
        title: "A [Utf8] or [FixedArray] length is not a positive constant",
        messageFormat: "[{0}] on '{1}' gives length {2}; the length must be a positive constant",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0012.md");

    internal static readonly DiagnosticDescriptor Utf8OnNonString = new(
        id: "MAPS0013",
        title: "[Utf8] is on a property that is not a string",
        messageFormat: "[Utf8] is on '{0}' of type '{1}'; it applies only to 'string' properties",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0013.md");

    internal static readonly DiagnosticDescriptor FixedArrayOnNonArray = new(
        id: "MAPS0014",
        title: "[FixedArray] is on a property that is not an array",
        messageFormat: "[FixedArray] is on '{0}' of type '{1}'; it applies only to array properties such as 'int[]'",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0014.md");

    internal static readonly DiagnosticDescriptor AtomicUnsupported = new(
        id: "MAPS0015",
        title: "[Atomic] is on a type that cannot be atomic",
        messageFormat: "[Atomic] is on '{0}' of type '{1}'; only 4- and 8-byte integers (int, uint, long, ulong) can be updated atomically",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0015.md");

    internal static readonly DiagnosticDescriptor RecursiveLayout = new(
        id: "MAPS0016",
        title: "A layout contains itself",
        messageFormat: "Field '{0}' makes '{1}' contain itself ({2}); a layout cannot be nested in itself",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0016.md");

    internal static readonly DiagnosticDescriptor GeneratedMemberCollision = new(
        id: "MAPS0017",
        title: "A member's name collides with a generated member",
        messageFormat: "'{0}' takes the name '{1}', so the generated member is emitted as '{2}'",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0017.md");

    internal static readonly DiagnosticDescriptor InvalidLayoutArgument = new(
        id: "MAPS0018",
        title: "An attribute argument of the layout is out of range",
        messageFormat: "{0} is {1}; {2}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0018.md");

    internal static readonly DiagnosticDescriptor ContainingTypeNotPartial = new(
        id: "MAPS0019",
        title: "An enclosing type is not partial",
        messageFormat: "'{0}' is nested in '{1}', which is not partial or is generic, so the generator cannot add members to it; make '{1}' a non-generic partial type",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0019.md");

    internal static readonly DiagnosticDescriptor GenericLayout = new(
        id: "MAPS0020",
        title: "A mapped layout cannot be generic",
        messageFormat: "'{0}' or a type enclosing it has type parameters; a mapped layout has one fixed binary form, so it cannot be generic",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0020.md");

    internal static readonly DiagnosticDescriptor NoFields = new(
        id: "MAPS0021",
        title: "A mapped layout has no fields",
        messageFormat: "'{0}' has no fields; declare instance auto-properties (with [Field], [Utf8] or [FixedArray] where needed)",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0021.md");

    internal static readonly DiagnosticDescriptor FieldNotSettable = new(
        id: "MAPS0022",
        title: "A field has no set or init accessor",
        messageFormat: "Field '{0}' has no 'set' or 'init' accessor, so a record loaded from bytes cannot be built; add 'init'",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0022.md");

    internal static readonly DiagnosticDescriptor LengthMissing = new(
        id: "MAPS0023",
        title: "A string or array field has no length",
        messageFormat: "Field '{0}' of type '{1}' needs [{2}(n)] to give its length in the record",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0023.md");

    internal static readonly DiagnosticDescriptor NestedLayoutInvalid = new(
        id: "MAPS0024",
        title: "A nested layout is not valid",
        messageFormat: "Field '{0}' nests '{1}', which is not a valid layout; fix the diagnostics of '{1}' first",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0024.md");

    internal static readonly DiagnosticDescriptor LayoutTooLarge = new(
        id: "MAPS0025",
        title: "A layout is too large",
        messageFormat: "{0} needs {1} bytes, more than the {2} a mapped layout can hold (its bytes are addressed with int offsets); {3}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0025.md");

    internal static readonly DiagnosticDescriptor GeneratedConstantInAttribute = new(
        id: "MAPS0026",
        title: "A layout attribute uses a generated constant",
        messageFormat: "'{0}' is generated by MappedStructs, and the generator cannot read generated constants in the attributes it reads, so '{1}' is not generated; write a literal or a hand-written const instead",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0026.md");

    internal static readonly DiagnosticDescriptor BitFieldInvalid = new(
        id: "MAPS0027",
        title: "A bit field cannot be stored",
        messageFormat: "Bit field '{0}' (shift {1}, width {2}) cannot be stored: {3}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0027.md");

    internal static readonly DiagnosticDescriptor BitFieldsOverlap = new(
        id: "MAPS0028",
        title: "Bit fields overlap",
        messageFormat: "Bit field '{0}' (bits {1} to {2}) overlaps bit field '{3}' (bits {4} to {5}) in the container at offset {6}; give each field its own bits",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0028.md");

    internal static readonly DiagnosticDescriptor BitContainersConflict = new(
        id: "MAPS0029",
        title: "Bit fields at one offset disagree on their container",
        messageFormat: "Bit field '{0}' has a {1}-byte container at offset {2}, but bit field '{3}' at the same offset has a {4}-byte container; give both the same Container",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0029.md");

    internal static readonly DiagnosticDescriptor PerViewLayoutInFixedOrder = new(
        id: "MAPS0031",
        title: "A fixed-order layout nests a per-view layout",
        messageFormat: "Field '{0}' nests '{1}', whose byte order is chosen when a view is made (Endianness.PerView), but '{2}' has a fixed byte order and no order to give it; declare '{2}' with Endian = Endianness.PerView too, or give '{1}' a fixed byte order",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0031.md");

    internal static readonly DiagnosticDescriptor VersionOutOfRange = new(
        id: "MAPS0032",
        title: "A layout or field version is out of range",
        messageFormat: "{0} is {1}, but {2}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0032.md");

    internal static readonly DiagnosticDescriptor AddedFieldInsideOlderRecord = new(
        id: "MAPS0033",
        title: "A field added in a later version lies inside the older record",
        messageFormat: "Field '{0}' (Since = {1}) is at offset {2}, inside the record of the versions before {1}, whose field '{3}' ends at byte {4}; a field added later goes at or after offset {4}, so that older records stay a prefix of newer ones",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0033.md");

    internal static readonly DiagnosticDescriptor VersionedFieldUnsupported = new(
        id: "MAPS0034",
        title: "A field's default or versioning cannot be honoured",
        messageFormat: "Field '{0}' {1}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0034.md");

    internal static readonly DiagnosticDescriptor VariableLengthLayoutNested = new(
        id: "MAPS0040",
        title: "A layout with variable-length fields is nested in another layout",
        messageFormat: "Field '{0}' {1} '{2}', which has variable-length fields ([Text], [Blob] or [VarArray]); their references point into the heap of the table that holds the record, which a record copied inline into another layout does not carry: declare the variable-length fields on the outer layout instead",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0040.md");

    internal static readonly DiagnosticDescriptor VariableLengthFieldInvalid = new(
        id: "MAPS0041",
        title: "A variable-length attribute is on a property it cannot store",
        messageFormat: "Field '{0}' {1}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0041.md");

    internal static readonly DiagnosticDescriptor VarArrayElementUnsupported = new(
        id: "MAPS0042",
        title: "A [VarArray] element type cannot be stored",
        messageFormat: "Field '{0}' is a [VarArray] of '{1}', which cannot be viewed in place as a span; its elements must be a scalar whose every bit pattern is a value: byte, sbyte, short, ushort, int, uint, long, ulong, Int128, UInt128, char, Half, float, double, or an enum of those integers",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0042.md");

    internal static readonly DiagnosticDescriptor MisalignedHeapReference = new(
        id: "MAPS0044",
        title: "A variable-length field's heap reference is not 8-byte aligned",
        messageFormat: "Variable-length field '{0}' at offset {1} is not a multiple of {2}, so its reference cannot be replaced with one atomic store; the next aligned offset is {3}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0044.md");

    internal static readonly DiagnosticDescriptor ShippedDefaultChanged = new(
        id: "MAPS0043",
        title: "A field read from older files changes its Default against a shipped version",
        messageFormat: "Field '{0}' declares {1}, but shipped version {2} of '{3}' ({4} line {5}) recorded Default = {6}; the field is {7}, so they would read a different value than before: keep Default = {6}, or suppress this warning where the new value is meant",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0043.md");

    internal static readonly DiagnosticDescriptor FileLocalLayout = new(
        id: "MAPS0045",
        title: "A layout cannot be file-local",
        messageFormat: "'{0}' has [MappedLayout] but {1} declared 'file'; a file-local type can only be completed by partial declarations in its own file, and the generated ones live in another file, so no accessors are generated: remove 'file' from '{2}'",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0045.md");

    // ---- Accesses -----------------------------------------------------------------------------------------------

    internal static readonly DiagnosticDescriptor FixedArrayIndexOutOfRange = new(
        id: "MAPS0101",
        title: "A constant index is outside a fixed array",
        messageFormat: "Index {0} is outside '{1}', a fixed array of length {2} (valid indices are 0 to {3})",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0101.md");

    internal static readonly DiagnosticDescriptor BufferTooSmall = new(
        id: "MAPS0102",
        title: "The buffer is smaller than the layout",
        messageFormat: "'{0}' needs {1} bytes but the buffer has {2}",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0102.md");

    internal static readonly DiagnosticDescriptor MisalignedViewAccess = new(
        id: "MAPS0103",
        title: "A view access is not aligned",
        messageFormat: "Offset {0} (byte {1} of the mapping) is not a multiple of {2}, the alignment of '{3}'; the access is slower and not atomic",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0103.md");

    internal static readonly DiagnosticDescriptor MisalignedAtomicAccess = new(
        id: "MAPS0104",
        title: "An atomic operation on a misaligned offset",
        messageFormat: "'{0}' at offset {1} (byte {2} of the mapping) is not a multiple of {3}, the alignment of '{4}', so the operation is not atomic (and may fault on some CPUs)",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0104.md");

    internal static readonly DiagnosticDescriptor ViewAccessOutOfRange = new(
        id: "MAPS0105",
        title: "A constant offset is past the end of the view",
        messageFormat: "Accessing {0} byte(s) at offset {1} reaches byte {2}, past the end of the view, whose length is {3}",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0105.md");

    internal static readonly DiagnosticDescriptor UseAfterDispose = new(
        id: "MAPS0106",
        title: "A view is used after its mapping was disposed",
        messageFormat: "'{0}' is used after '{1}', which it comes from, was disposed (line {2}); the memory may already be unmapped",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0106.md");

    internal static readonly DiagnosticDescriptor WriteToReadOnlyMapping = new(
        id: "MAPS0107",
        title: "A write through a read-only mapping",
        messageFormat: "'{0}' writes through '{1}', which was opened with MapAccess.Read; open it ReadWrite or CopyOnWrite",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0107.md");

    internal static readonly DiagnosticDescriptor ViewWrapsNoMemory = new(
        id: "MAPS0108",
        title: "A generated Ref that wraps no memory",
        messageFormat: "'{0}' created this way wraps no memory: reading or writing a field through it dereferences a null pointer; create it with From(...) or from a table record (a local assigned later can be declared without an initializer, so that the compiler proves every use follows an assignment)",
        category: AccessCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0108.md");

    // ---- Shipped layouts (MappedLayouts.Shipped.txt / MappedLayouts.Unshipped.txt) -------------------------------
    // Declarations checked against the versions a project has recorded as shipped; they sit here, after the access IDs,
    // because they came later, and keep the layout category because a declaration is what they judge.

    internal static readonly DiagnosticDescriptor LayoutRecordFileInvalid = new(
        id: "MAPS0035",
        title: "A MappedLayouts file cannot be read",
        messageFormat: "{0} line {1}: {2}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0035.md");

    internal static readonly DiagnosticDescriptor ShippedLayoutBroken = new(
        id: "MAPS0036",
        title: "A declaration breaks a shipped version of its layout",
        messageFormat: "{0}, which breaks shipped version {1} of '{2}' ({3} line {4}; rule {5})",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0036.md");

    internal static readonly DiagnosticDescriptor FieldAddedWithoutSince = new(
        id: "MAPS0037",
        title: "A field added after a shipped version has no Since",
        messageFormat: "{0}, since shipped version {1} of '{2}' ({3} line {4}; rule {5}) has no such field",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0037.md");

    internal static readonly DiagnosticDescriptor VersionNotRaised = new(
        id: "MAPS0038",
        title: "A changed layout's Version is not raised past its shipped version",
        messageFormat: "Compared with shipped version {1} of '{2}' ({3} line {4}; rule {5}), {0}",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0038.md");

    internal static readonly DiagnosticDescriptor LayoutVersionNotRecorded = new(
        id: "MAPS0039",
        title: "A layout's current version is not recorded",
        messageFormat: "Version {0} of '{1}' {2}; record it as unshipped until it ships, then as shipped",
        category: LayoutCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "MAPS0039.md");

    /// <summary>Second wordings of descriptors above: each shares its ID, title, severity and page with one of them (a test checks).</summary>
    private static class MessageVariants
    {
        // One rule, two wordings: the ID is shared on purpose, so that suppressions, severities and the page stay one.
#pragma warning disable RS1019 // Diagnostic Id is already used
        internal static readonly DiagnosticDescriptor MisalignedNestedAtomicField = new(
            id: "MAPS0007",
            title: "An [Atomic] field is not naturally aligned",
            messageFormat: "Field '{0}' (a nested layout with [Atomic] fields) at offset {1} is not a multiple of its alignment {2}, so interlocked operations on the [Atomic] fields inside it are not atomic; the next aligned offset is {3}",
            category: LayoutCategory,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "MAPS0007.md");
#pragma warning restore RS1019
    }
}
