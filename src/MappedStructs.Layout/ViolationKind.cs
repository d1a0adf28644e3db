namespace MappedStructs.Layout;

/// <summary>
/// Every way a layout declaration can be wrong. Values are stable (append only). The severity of each is
/// <see cref="ViolationKindExtensions.Severity"/>; any <see cref="ViolationSeverity.Error"/> stops generation.
/// </summary>
internal enum ViolationKind
{
    /// <summary>The type is not a (non-ref) struct or record struct. Detail: the kind found.</summary>
    NotAStruct = 0,

    /// <summary>The type is not declared <c>partial</c>.</summary>
    NotPartial = 1,

    /// <summary>An enclosing type is not partial (or is generic), so members cannot be added. Detail: its name.</summary>
    ContainingTypeNotPartial = 2,

    /// <summary>The layout type or an enclosing type is generic.</summary>
    GenericLayout = 3,

    /// <summary>The layout has no fields (instance auto-properties or properties with mapping attributes).</summary>
    NoFields = 4,

    /// <summary>A field's type is not in the catalogue (or an array's element is not). Detail: the type's display name.</summary>
    UnsupportedFieldType = 5,

    /// <summary>A field property has no <c>set</c>/<c>init</c> accessor, so a loaded record cannot be built.</summary>
    FieldNotSettable = 6,

    /// <summary>A <c>string</c> field without <c>[Utf8(n)]</c>.</summary>
    Utf8LengthMissing = 7,

    /// <summary>An array field without <c>[FixedArray(n)]</c>.</summary>
    FixedArrayLengthMissing = 8,

    /// <summary><c>[Utf8]</c> on a field that is not a <c>string</c>. Detail: the type's display name.</summary>
    Utf8OnNonString = 9,

    /// <summary><c>[FixedArray]</c> on a field that is not an array. Detail: the type's display name.</summary>
    FixedArrayOnNonArray = 10,

    /// <summary>A <c>[Utf8(n)]</c> length that is not a positive constant. Size: the given length.</summary>
    InvalidUtf8Length = 11,

    /// <summary>A <c>[FixedArray(n)]</c> length that is not a positive constant. Size: the given length.</summary>
    InvalidFixedArrayLength = 12,

    /// <summary><c>[Atomic]</c> on a field other than <c>int</c>, <c>uint</c>, <c>long</c> or <c>ulong</c>. Detail: the type's display name.</summary>
    AtomicUnsupportedType = 13,

    /// <summary>Some fields have <c>[Field(offset)]</c> and this one does not (reported once per field without an offset).</summary>
    MixedExplicitAndImplicitOffsets = 14,

    /// <summary>A negative <c>[Field(offset)]</c>. Offset: the given offset.</summary>
    NegativeOffset = 15,

    /// <summary>A negative <c>Size</c>. Size: the declared size.</summary>
    InvalidSize = 16,

    /// <summary>A <c>Pack</c> that <see cref="PackValues"/> does not list. Alignment: the declared pack.</summary>
    InvalidPack = 17,

    /// <summary>Two fields share bytes. Field: the later-declared one; OtherField: the earlier one; Offset/Size: the field's range.</summary>
    FieldsOverlap = 18,

    /// <summary>Explicit layouts: a field ends past the declared <c>Size</c>. Offset/Size: the field's; ComputedSize: the declared size.</summary>
    FieldPastSize = 19,

    /// <summary>Sequential layouts: the declared <c>Size</c> is smaller than the fields need. Size: declared; ComputedSize: needed.</summary>
    SizeTooSmall = 20,

    /// <summary>A field's offset is not a multiple of its alignment (warning). Offset, Alignment: the field's.</summary>
    MisalignedField = 21,

    /// <summary>An <c>[Atomic]</c> field's offset is not a multiple of its size (error). Offset, Alignment: the field's.</summary>
    MisalignedAtomicField = 22,

    /// <summary>The declared <c>Size</c> is not a multiple of the layout's alignment, so arrays of it misalign (warning). Size, Alignment.</summary>
    SizeNotMultipleOfAlignment = 23,

    /// <summary>Unused bytes before a field (hidden). Field: the field after the gap; Offset/Size: the gap.</summary>
    PaddingBetweenFields = 24,

    /// <summary>Unused bytes after the last field (hidden). Offset/Size: the gap; ComputedSize: the record size.</summary>
    PaddingAtEnd = 25,

    /// <summary>A layout contains itself, directly or through nesting. Detail: the cycle, e.g. <c>A -&gt; B -&gt; A</c>.</summary>
    RecursiveLayout = 26,

    /// <summary>A nested layout is itself invalid (or could not be found), so this one cannot be generated. Detail: its name.</summary>
    NestedLayoutInvalid = 27,

    /// <summary>
    /// A user member has the name a generated member prefers, so the generated member is emitted under another
    /// (<see cref="GeneratedMemberNames"/>). Field: the field when the user member is a field (else -1); FieldName: the user
    /// member; Detail: the generated member's preferred name (the same text); EmittedName: the name it is emitted as.
    /// </summary>
    GeneratedNameCollision = 28,

    /// <summary>
    /// A size or offset does not fit the largest layout, <see cref="LayoutEngine.MaxLayoutSize"/> bytes (records are addressed
    /// with <c>int</c> offsets). Extent: the bytes that would be needed. Three shapes: a fixed array (Field, Size: the element
    /// size, Count: the length); a field placed past the limit (Field, Size: the field's size, its offset is Extent - Size);
    /// the record rounded up to its alignment (Field -1, Size: the bytes before rounding, Alignment, Detail:
    /// <c>Size</c> when the declared Size is rounded, empty when the fields' end is).
    /// </summary>
    LayoutTooLarge = 29,

    /// <summary>
    /// Part of the declaration does not bind: an attribute argument has no constant value the parser can read (the user is
    /// typing it, it is misspelt, or it names a generated constant the generator cannot see), or a field's type does not
    /// exist. The compiler reports why, so the analyzers do not repeat it; the layout is not generated. Field: the field, or
    /// -1 for an argument of <c>[MappedLayout]</c>; Detail: the attribute or named argument, or <see cref="FieldSpec.UnboundType"/>.
    /// </summary>
    UnboundArgument = 30,

    /// <summary>
    /// A <c>[Utf8(n, Padding = c)]</c> character that is not ASCII (U+0000 to U+007F), so it is not one UTF-8 byte the
    /// field can be filled and trimmed with. Detail: the character as <c>U+XXXX</c>.
    /// </summary>
    InvalidUtf8Padding = 31,

    /// <summary>
    /// A <c>[Bits(shift, width)]</c> field whose bits cannot be stored. Field: the field; Offset: the shift; Size: the width;
    /// Detail says why: <c>width</c> (less than 1), <c>shift</c> (negative), <c>container</c> (shift + width past the
    /// container's ComputedSize bits), <c>type</c> (the property type is not an integer, bool or enum of at most 64 bits, or
    /// holds only ComputedSize bits, fewer than the width; a bool holds 1), <c>containertype</c> (<c>Container</c> is not an
    /// integer type of at most 64 bits), <c>atomic</c> (also <c>[Atomic]</c>).
    /// </summary>
    BitRangeInvalid = 32,

    /// <summary>
    /// Two bit fields in one container share bits. Field: the later-declared one; OtherField: the earlier one;
    /// Offset/Size: the field's shift and width.
    /// </summary>
    BitRangesOverlap = 33,

    /// <summary>
    /// Bit fields at one offset disagree on their container's width. Field: the later-declared one; OtherField: the earlier
    /// one; Offset: the container's offset; Size: the field's container bytes; ComputedSize: the other's.
    /// </summary>
    BitContainerConflict = 34,

    /// <summary>
    /// A layout with a fixed byte order nests (directly or as a fixed-array element) a layout declared with
    /// <c>Endianness.PerView</c>, whose views need a byte order to be made with: the fixed-order layout has none to give.
    /// Field: the nesting field; Detail: the nested layout's display name.
    /// </summary>
    PerViewLayoutInFixedOrder = 35,

    /// <summary>
    /// <c>[MappedLayout(Version = n)]</c> with n below 1. Field: -1; Size: the version given.
    /// </summary>
    InvalidLayoutVersion = 36,

    /// <summary>
    /// A field's <c>Since</c> or <c>Deprecated</c> outside what the layout's version allows: <c>Since</c> must be in
    /// [1, Version]; <c>Deprecated</c> 0 or in (Since, Version]. Field: the field; Detail: <c>Since</c> or
    /// <c>Deprecated</c>; Size: the value given; Count: the field's Since; ComputedSize: the layout's version.
    /// </summary>
    FieldVersionOutOfRange = 37,

    /// <summary>
    /// A field added in a later version (<c>Since</c> = n) that does not lie after every field of the versions before n,
    /// so records of those versions would not be a prefix of newer ones. Field: the added field; Offset/Size: its place;
    /// Count: its Since; OtherField: the older field ending last; ComputedSize: where that older field ends.
    /// </summary>
    AddedFieldInsideOlderRecord = 38,

    /// <summary>
    /// A field's versioning cannot be honoured. Detail says why: <c>default</c> (the <c>Default</c> constant is not of the
    /// field's type, nor an integer constant the field's integer type holds) or <c>kind</c> (<c>Since</c> above 1,
    /// <c>Deprecated</c> or <c>Default</c> on a field that is not a scalar, enum or atomic: text, arrays, nested layouts and
    /// bit fields have no single value to read where they are absent). Field: the field; Count: its Since.
    /// </summary>
    VersionedFieldUnsupported = 39,

    /// <summary>
    /// A layout with variable-length fields (<c>[Text]</c>, <c>[Blob]</c>, <c>[VarArray]</c>) is nested in another layout,
    /// directly or as a <c>[FixedArray]</c> element: its references point into one table's heap, which a record copied
    /// inline into another layout does not carry. Field: the nesting field; Detail: the nested layout's display name.
    /// </summary>
    VariableLengthLayoutNested = 40,

    /// <summary>
    /// A variable-length attribute on a property whose type it cannot store: <c>[Text]</c> needs <c>string</c>,
    /// <c>[Blob]</c> <c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>, <c>[VarArray]</c> an array. Field: the field;
    /// Detail: the attribute (<c>Text</c>, <c>Blob</c>, <c>VarArray</c>).
    /// </summary>
    VariableLengthOnWrongType = 41,

    /// <summary>
    /// A <c>[VarArray]</c> whose element is not a catalogue scalar that can be viewed in place as a span (enums of those
    /// integers included; not <c>bool</c>, <c>Guid</c>, <c>DateTime</c>, <c>TimeSpan</c>, 24-bit integers, strings or
    /// nested layouts). Field: the field; Detail: the element type's display name.
    /// </summary>
    VarArrayElementUnsupported = 42,

    /// <summary>
    /// A variable-length attribute combined with another storage attribute on one property (two of <c>[Text]</c>,
    /// <c>[Blob]</c>, <c>[VarArray]</c>, or one of them with <c>[Utf8]</c>, <c>[FixedArray]</c>, <c>[Atomic]</c> or
    /// <c>[Bits]</c>): the field would be stored two ways. Field: the field; Detail: the other attribute's name.
    /// </summary>
    VariableLengthAttributeConflict = 43,

    /// <summary>
    /// A variable-length field's heap reference at an offset that is not a multiple of 8 (error): a setter replaces the
    /// reference with one atomic 8-byte store, which tears (x64) or faults (Arm64) at a misaligned address. Offset,
    /// Alignment: the field's.
    /// </summary>
    MisalignedHeapReference = 44,

    /// <summary>
    /// The layout type, or a type enclosing it, is declared <c>file</c>: its partial declarations must all be in its own
    /// file, and the generated ones are in another, where they would declare a second, unrelated type. Field: -1;
    /// Detail: the name of the file-local type (the layout's own, or the enclosing type's).
    /// </summary>
    FileLocalLayout = 45,
}
