using System.Collections.Generic;
using System.Collections.Immutable;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Declarations;

/// <summary>
/// Turns the layout engine's violations into diagnostics: one descriptor per kind, the numbers the engine computed in
/// the message, and the location from <see cref="DeclarationLocations"/>. The engine decides what is wrong; this only says where.
/// </summary>
internal static class ViolationDiagnostics
{
    /// <summary>Diagnostic property: the offset a misaligned field can move to (aligned, free, inside Size).</summary>
    internal const string FreeAlignedOffsetKey = "FreeAlignedOffset";

    /// <summary>Diagnostic property: the Size a Size fix writes.</summary>
    internal const string SuggestedSizeKey = "SuggestedSize";

    /// <summary>The diagnostic for <paramref name="violation"/>, or null for one the compiler already reports (an argument that does not bind).</summary>
    internal static Diagnostic? Create(
        LayoutViolation violation,
        ResolvedLayout layout,
        IReadOnlyList<IPropertySymbol> fields,
        DeclarationLocations locations)
    {
        LayoutSpec spec = layout.Spec;
        string typeName = spec.Name;
        IPropertySymbol? field = violation.FieldIndex >= 0 && violation.FieldIndex < fields.Count ? fields[violation.FieldIndex] : null;
        Location fieldLocation = field is null ? locations.TypeName() : DeclarationLocations.Property(field);
        string fieldType = violation.FieldIndex >= 0 && violation.FieldIndex < spec.Fields.Count ? spec.Fields[violation.FieldIndex].Type.DisplayName : string.Empty;
        DiagnosticDescriptor descriptor = DescriptorFor(violation.Kind);

        switch (violation.Kind)
        {
            case ViolationKind.NotAStruct:
                return Diagnostic.Create(descriptor, locations.TypeName(), typeName, KindText(violation.Detail));
            case ViolationKind.NotPartial:
                return Diagnostic.Create(descriptor, locations.NonPartialDeclaration(), typeName, "not partial");
            case ViolationKind.ContainingTypeNotPartial:
                return Diagnostic.Create(descriptor, locations.TypeName(), typeName, violation.Detail);
            case ViolationKind.GenericLayout:
                return Diagnostic.Create(descriptor, locations.TypeName(), typeName);
            case ViolationKind.FileLocalLayout:
                return Diagnostic.Create(descriptor, locations.TypeName(), typeName,
                    violation.Detail == typeName ? "is" : $"is nested in '{violation.Detail}', which is", violation.Detail);
            case ViolationKind.NoFields:
                return Diagnostic.Create(descriptor, locations.TypeName(), typeName);
            case ViolationKind.UnsupportedFieldType:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, violation.Detail, TypeCatalogue.SupportedTypesText);
            case ViolationKind.FieldNotSettable:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName);
            case ViolationKind.Utf8LengthMissing:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, fieldType, "Utf8");
            case ViolationKind.FixedArrayLengthMissing:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, fieldType, "FixedArray");
            case ViolationKind.Utf8OnNonString:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Utf8, false, locations), violation.FieldName, violation.Detail);
            case ViolationKind.FixedArrayOnNonArray:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.FixedArray, false, locations), violation.FieldName, violation.Detail);
            case ViolationKind.InvalidUtf8Length:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Utf8, true, locations), "Utf8", violation.FieldName, violation.Size);
            case ViolationKind.InvalidFixedArrayLength:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.FixedArray, true, locations), "FixedArray", violation.FieldName, violation.Size);
            case ViolationKind.AtomicUnsupportedType:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Atomic, false, locations), violation.FieldName, violation.Detail);
            case ViolationKind.MixedExplicitAndImplicitOffsets:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, typeName);
            case ViolationKind.NegativeOffset:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Field, true, locations),
                    $"The offset of '{violation.FieldName}'", violation.Offset, "offsets cannot be negative");
            case ViolationKind.InvalidSize:
                return Diagnostic.Create(descriptor, locations.LayoutArgument(AttributeNames.SizeArgument),
                    AttributeNames.SizeArgument, violation.Size, "it must be 0 (computed from the fields) or positive");
            case ViolationKind.InvalidPack:
                return Diagnostic.Create(descriptor, locations.LayoutArgument(AttributeNames.PackArgument),
                    AttributeNames.PackArgument, violation.Alignment, "it must be 0 (natural alignment), " + PackValues.PackingText);
            case ViolationKind.FieldsOverlap:
                ResolvedField? other = FindField(layout, violation.OtherFieldIndex);
                return Diagnostic.Create(descriptor, fieldLocation,
                    violation.FieldName, violation.Offset, violation.Size, violation.OtherFieldName, other?.Offset ?? 0, other?.Size ?? 0);
            case ViolationKind.FieldPastSize:
                return Diagnostic.Create(descriptor, fieldLocation, Properties(SuggestedSizeKey, SuggestedSize(layout)),
                    violation.FieldName, violation.Offset, violation.Size, violation.Offset + violation.Size, violation.ComputedSize);
            case ViolationKind.SizeTooSmall:
                return Diagnostic.Create(descriptor, locations.LayoutArgument(AttributeNames.SizeArgument), Properties(SuggestedSizeKey, SuggestedSize(layout)),
                    typeName, violation.Size, violation.ComputedSize);
            case ViolationKind.MisalignedField:
            case ViolationKind.MisalignedAtomicField:
            case ViolationKind.MisalignedHeapReference:
                // The message names the offset the fix moves the field to; the next aligned one when no aligned offset is free.
                int? free = FreeOffsets.FindAlignedFreeOffset(layout, violation.FieldIndex);
                if (violation.Kind == ViolationKind.MisalignedAtomicField && FindField(layout, violation.FieldIndex)?.Kind is not ResolvedFieldKind.Atomic)
                {
                    descriptor = DiagnosticDescriptors.MisalignedNestedAtomicField;
                }

                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Field, true, locations),
                    free is { } offset ? Properties(FreeAlignedOffsetKey, offset) : null,
                    violation.FieldName, violation.Offset, violation.Alignment, free ?? LayoutEngine.AlignUp(violation.Offset, violation.Alignment));
            case ViolationKind.SizeNotMultipleOfAlignment:
                return Diagnostic.Create(descriptor, locations.LayoutArgument(AttributeNames.SizeArgument), Properties(SuggestedSizeKey, violation.ComputedSize),
                    typeName, violation.Size, violation.Alignment, violation.ComputedSize);
            case ViolationKind.PaddingBetweenFields:
                return Diagnostic.Create(descriptor, fieldLocation,
                    violation.Size, violation.FieldName, violation.Offset, violation.Offset + violation.Size - 1);
            case ViolationKind.PaddingAtEnd:
                return Diagnostic.Create(descriptor, locations.TypeName(),
                    violation.Size, typeName, violation.Offset, violation.Offset + violation.Size - 1, violation.ComputedSize);
            case ViolationKind.RecursiveLayout:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, typeName, violation.Detail);
            case ViolationKind.NestedLayoutInvalid:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, violation.Detail);
            case ViolationKind.PerViewLayoutInFixedOrder:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, violation.Detail, typeName);
            case ViolationKind.GeneratedNameCollision:
                Location location = field is not null ? fieldLocation : violation.FieldName == typeName ? locations.TypeName() : locations.Member(violation.FieldName);
                return Diagnostic.Create(descriptor, location, violation.FieldName, violation.Detail, violation.EmittedName);
            case ViolationKind.LayoutTooLarge:
                return TooLarge(violation, spec, field, fieldLocation, locations);
            case ViolationKind.InvalidUtf8Padding:
                return Diagnostic.Create(descriptor,
                    field is null ? locations.TypeName() : locations.PropertyAttributeNamedArgument(field, AttributeNames.Utf8, AttributeNames.PaddingArgument),
                    $"The Padding of '{violation.FieldName}'", violation.Detail, "it must be an ASCII character (U+0000 to U+007F), one byte of UTF-8");
            case ViolationKind.BitRangeInvalid:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Bits, false, locations),
                    violation.FieldName, violation.Offset, violation.Size, BitFieldReason(violation, fieldType));
            case ViolationKind.BitRangesOverlap:
                ResolvedField? overlapped = FindField(layout, violation.OtherFieldIndex);
                int otherShift = overlapped?.Spec.BitShift ?? 0;
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Bits, false, locations),
                    violation.FieldName, violation.Offset, violation.Offset + violation.Size - 1,
                    violation.OtherFieldName, otherShift, otherShift + (overlapped?.Spec.BitWidth ?? 0) - 1, overlapped?.Offset ?? 0);
            case ViolationKind.BitContainerConflict:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Bits, false, locations),
                    violation.FieldName, violation.Size, violation.Offset, violation.OtherFieldName, violation.ComputedSize);
            case ViolationKind.InvalidLayoutVersion:
                return Diagnostic.Create(descriptor, locations.LayoutArgument(AttributeNames.VersionArgument),
                    $"The Version of '{typeName}'", violation.Size, "a layout's versions start at 1");
            case ViolationKind.FieldVersionOutOfRange:
                return Diagnostic.Create(descriptor,
                    field is null ? locations.TypeName() : locations.PropertyAttributeNamedArgument(field, AttributeNames.Field, violation.Detail),
                    $"The {violation.Detail} of '{violation.FieldName}'", violation.Size, FieldVersionReason(violation));
            case ViolationKind.AddedFieldInsideOlderRecord:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.Field, true, locations),
                    violation.FieldName, violation.Count, violation.Offset, violation.OtherFieldName, violation.ComputedSize);
            case ViolationKind.VersionedFieldUnsupported:
                bool byDefault = violation.Detail == "default";
                return Diagnostic.Create(descriptor,
                    field is null ? locations.TypeName()
                        : byDefault ? locations.PropertyAttributeNamedArgument(field, AttributeNames.Field, AttributeNames.DefaultArgument)
                        : AttributeOf(field, AttributeNames.Field, false, locations),
                    violation.FieldName, VersionedFieldReason(violation, spec, fieldType, byDefault));
            case ViolationKind.VariableLengthLayoutNested:
                bool asElement = field?.Type is IArrayTypeSymbol;
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName, asElement ? "is a [FixedArray] of" : "nests", violation.Detail);
            case ViolationKind.VariableLengthOnWrongType:
                return Diagnostic.Create(descriptor, AttributeOf(field, VariableLengthAttributeName(violation.Detail), false, locations),
                    violation.FieldName, VariableLengthTypeReason(violation.Detail, fieldType));
            case ViolationKind.VariableLengthAttributeConflict:
                return Diagnostic.Create(descriptor, fieldLocation, violation.FieldName,
                    $"combines a variable-length attribute with {(violation.Detail == "Text, Blob and VarArray" ? "another of " + violation.Detail : "[" + violation.Detail + "]")}, so it would be stored two ways; keep one");
            case ViolationKind.VarArrayElementUnsupported:
                return Diagnostic.Create(descriptor, AttributeOf(field, AttributeNames.VarArray, false, locations), violation.FieldName, violation.Detail);
            case ViolationKind.UnboundArgument:
                // The compiler says why the argument has no value; GeneratedConstantAnalyzer adds the one case it cannot explain.
                return null;
            default:
                // Named by its kind, so that the user can look it up.
                return Diagnostic.Create(descriptor, locations.TypeName(), typeName, violation.Kind.ToString(), "see the MappedStructs documentation");
        }
    }

    /// <summary>
    /// The descriptor that reports <paramref name="kind"/>. Its default severity is the engine's
    /// (<see cref="ViolationKindExtensions.Severity"/>), which a test checks for every kind.
    /// </summary>
    internal static DiagnosticDescriptor DescriptorFor(ViolationKind kind) => kind switch
    {
        ViolationKind.NotAStruct => DiagnosticDescriptors.NotPartialStruct,
        ViolationKind.NotPartial => DiagnosticDescriptors.NotPartialStruct,
        ViolationKind.ContainingTypeNotPartial => DiagnosticDescriptors.ContainingTypeNotPartial,
        ViolationKind.GenericLayout => DiagnosticDescriptors.GenericLayout,
        ViolationKind.FileLocalLayout => DiagnosticDescriptors.FileLocalLayout,
        ViolationKind.NoFields => DiagnosticDescriptors.NoFields,
        ViolationKind.UnsupportedFieldType => DiagnosticDescriptors.UnsupportedFieldType,
        ViolationKind.FieldNotSettable => DiagnosticDescriptors.FieldNotSettable,
        ViolationKind.Utf8LengthMissing => DiagnosticDescriptors.LengthMissing,
        ViolationKind.FixedArrayLengthMissing => DiagnosticDescriptors.LengthMissing,
        ViolationKind.Utf8OnNonString => DiagnosticDescriptors.Utf8OnNonString,
        ViolationKind.FixedArrayOnNonArray => DiagnosticDescriptors.FixedArrayOnNonArray,
        ViolationKind.InvalidUtf8Length => DiagnosticDescriptors.LengthNotPositiveConstant,
        ViolationKind.InvalidFixedArrayLength => DiagnosticDescriptors.LengthNotPositiveConstant,
        ViolationKind.AtomicUnsupportedType => DiagnosticDescriptors.AtomicUnsupported,
        ViolationKind.MixedExplicitAndImplicitOffsets => DiagnosticDescriptors.MixedOffsets,
        ViolationKind.NegativeOffset => DiagnosticDescriptors.InvalidLayoutArgument,
        ViolationKind.InvalidSize => DiagnosticDescriptors.InvalidLayoutArgument,
        ViolationKind.InvalidPack => DiagnosticDescriptors.InvalidLayoutArgument,
        ViolationKind.FieldsOverlap => DiagnosticDescriptors.OverlappingFields,
        ViolationKind.FieldPastSize => DiagnosticDescriptors.FieldPastSize,
        ViolationKind.SizeTooSmall => DiagnosticDescriptors.SizeTooSmall,
        ViolationKind.MisalignedField => DiagnosticDescriptors.MisalignedField,
        ViolationKind.MisalignedAtomicField => DiagnosticDescriptors.MisalignedAtomicField,
        ViolationKind.SizeNotMultipleOfAlignment => DiagnosticDescriptors.SizeNotMultipleOfAlignment,
        ViolationKind.PaddingBetweenFields => DiagnosticDescriptors.PaddingBetweenFields,
        ViolationKind.PaddingAtEnd => DiagnosticDescriptors.PaddingAtEnd,
        ViolationKind.RecursiveLayout => DiagnosticDescriptors.RecursiveLayout,
        ViolationKind.NestedLayoutInvalid => DiagnosticDescriptors.NestedLayoutInvalid,
        ViolationKind.PerViewLayoutInFixedOrder => DiagnosticDescriptors.PerViewLayoutInFixedOrder,
        ViolationKind.GeneratedNameCollision => DiagnosticDescriptors.GeneratedMemberCollision,
        ViolationKind.LayoutTooLarge => DiagnosticDescriptors.LayoutTooLarge,
        ViolationKind.InvalidUtf8Padding => DiagnosticDescriptors.InvalidLayoutArgument,
        ViolationKind.BitRangeInvalid => DiagnosticDescriptors.BitFieldInvalid,
        ViolationKind.BitRangesOverlap => DiagnosticDescriptors.BitFieldsOverlap,
        ViolationKind.BitContainerConflict => DiagnosticDescriptors.BitContainersConflict,
        ViolationKind.InvalidLayoutVersion => DiagnosticDescriptors.VersionOutOfRange,
        ViolationKind.FieldVersionOutOfRange => DiagnosticDescriptors.VersionOutOfRange,
        ViolationKind.AddedFieldInsideOlderRecord => DiagnosticDescriptors.AddedFieldInsideOlderRecord,
        ViolationKind.VersionedFieldUnsupported => DiagnosticDescriptors.VersionedFieldUnsupported,
        ViolationKind.VariableLengthLayoutNested => DiagnosticDescriptors.VariableLengthLayoutNested,
        ViolationKind.VariableLengthOnWrongType => DiagnosticDescriptors.VariableLengthFieldInvalid,
        ViolationKind.VariableLengthAttributeConflict => DiagnosticDescriptors.VariableLengthFieldInvalid,
        ViolationKind.VarArrayElementUnsupported => DiagnosticDescriptors.VarArrayElementUnsupported,
        ViolationKind.MisalignedHeapReference => DiagnosticDescriptors.MisalignedHeapReference,

        // Never reported (see Create); an argument that does not read as a constant is what MAPS0026 explains when it can.
        ViolationKind.UnboundArgument => DiagnosticDescriptors.GeneratedConstantInAttribute,

        // A kind this analyzer does not know yet (the engine gained one): still tell the user, as an unsupported declaration.
        _ => DiagnosticDescriptors.InvalidLayoutArgument,
    };

    private static Diagnostic TooLarge(LayoutViolation violation, LayoutSpec spec, IPropertySymbol? field, Location fieldLocation, DeclarationLocations locations)
    {
        string what;
        Location location;
        if (violation.FieldIndex < 0)
        {
            bool declared = violation.Detail == AttributeNames.SizeArgument;
            what = declared
                ? Invariant($"'{spec.Name}' (Size = {violation.Size}, rounded up to its alignment {violation.Alignment})")
                : Invariant($"'{spec.Name}' ({violation.Size} bytes of fields, rounded up to its alignment {violation.Alignment})");
            location = declared ? locations.LayoutArgument(AttributeNames.SizeArgument) : locations.TypeName();
        }
        else if (violation.Count > 0)
        {
            what = Invariant($"Field '{violation.FieldName}' ({violation.Count} elements of {violation.Size} bytes)");
            location = AttributeOf(field, AttributeNames.FixedArray, true, locations);
        }
        else
        {
            what = Invariant($"Field '{violation.FieldName}' (offset {violation.Extent - violation.Size}, size {violation.Size})");
            location = spec.Fields[violation.FieldIndex].ExplicitOffset is not null ? AttributeOf(field, AttributeNames.Field, true, locations) : fieldLocation;
        }

        return Diagnostic.Create(DiagnosticDescriptors.LayoutTooLarge, location,
            what, Invariant($"{violation.Extent}"), Invariant($"{LayoutEngine.MaxLayoutSize}"), "make it smaller, or split the record into several layouts");
    }

    /// <summary>Why a bit field cannot be stored, from the engine's reason code and numbers (see <see cref="ViolationKind.BitRangeInvalid"/>).</summary>
    private static string BitFieldReason(LayoutViolation violation, string fieldType) => violation.Detail switch
    {
        "width" => "its width must be at least 1",
        "shift" => "its shift cannot be negative",
        "container" => Invariant($"bits {violation.Offset} to {violation.Offset + violation.Size - 1} do not fit its {violation.ComputedSize}-bit container; use a wider Container, or a smaller shift or width"),
        "containertype" => "its Container is not an integer type of at most 64 bits (byte, ushort, uint or ulong)",
        "atomic" => "[Atomic] reads and writes a whole integer, so it cannot be combined with [Bits]",
        _ when violation.ComputedSize == 1 => "a bool is 1 bit wide; give it width 1",
        _ when violation.ComputedSize > 0 => Invariant($"its type '{fieldType}' holds {violation.ComputedSize} bits, fewer than the width; use a wider type"),
        _ => $"its type '{fieldType}' is not an integer, bool or enum of at most 64 bits",
    };

    /// <summary>Why a field's Since or Deprecated is out of range (see <see cref="ViolationKind.FieldVersionOutOfRange"/>).</summary>
    private static string FieldVersionReason(LayoutViolation violation) =>
        violation.Detail == AttributeNames.SinceArgument
            ? Invariant($"a field's Since must be from 1 to the layout's Version ({violation.ComputedSize}); raise the layout's Version to add a field")
            : Invariant($"a field's Deprecated must be 0 (in use) or a version after its Since ({violation.Count}) and at most the layout's Version ({violation.ComputedSize})");

    /// <summary>Why a field's versioning cannot be honoured (see <see cref="ViolationKind.VersionedFieldUnsupported"/>).</summary>
    private static string VersionedFieldReason(LayoutViolation violation, LayoutSpec spec, string fieldType, bool byDefault)
    {
        if (byDefault)
        {
            string shown = violation.FieldIndex >= 0 && violation.FieldIndex < spec.Fields.Count ? spec.Fields[violation.FieldIndex].Default?.Shown ?? string.Empty : string.Empty;
            return Invariant($"has Default = {shown}, which is not a constant of its type '{fieldType}'; give a constant of that type (an integer constant must fit it)");
        }

        return Invariant($"of type '{fieldType}' has Since, Deprecated or Default, but only scalar, enum and atomic fields can be absent from a record or deprecated; text, arrays, nested layouts and bit fields have no single value to read instead");
    }

    /// <summary>The metadata name of the variable-length attribute <paramref name="shortName"/> names (<c>Text</c>).</summary>
    private static string VariableLengthAttributeName(string shortName) => shortName switch
    {
        "Text" => AttributeNames.Text,
        "Blob" => AttributeNames.Blob,
        _ => AttributeNames.VarArray,
    };

    /// <summary>Why a variable-length attribute cannot store the property's type (see <see cref="ViolationKind.VariableLengthOnWrongType"/>).</summary>
    private static string VariableLengthTypeReason(string attribute, string fieldType)
    {
        string needs = attribute switch
        {
            "Text" => "a string",
            "Blob" => "a byte[] or a ReadOnlyMemory<byte>",
            _ => "an array of a scalar (int[], long[], double[], ...)",
        };
        return $"has [{attribute}] on a property of type '{fieldType}'; [{attribute}] stores {needs}";
    }

    private static string Invariant(System.FormattableString text) => System.FormattableString.Invariant(text);

    /// <summary>
    /// The size a Size fix suggests: what the fields need, rounded up to the layout's alignment; unrounded when rounding
    /// would pass the largest layout (that Size then earns MAPS0025, which says why, rather than a wrapped negative number).
    /// </summary>
    internal static int SuggestedSize(ResolvedLayout layout)
    {
        long aligned = LayoutEngine.AlignUp((long)layout.RequiredSize, layout.Alignment);
        return aligned <= LayoutEngine.MaxLayoutSize ? (int)aligned : layout.RequiredSize;
    }

    private static Location AttributeOf(IPropertySymbol? field, string attributeName, bool argument, DeclarationLocations locations)
        => field is null ? locations.TypeName() : locations.PropertyAttribute(field, attributeName, argument);

    private static ResolvedField? FindField(ResolvedLayout layout, int index)
    {
        foreach (ResolvedField field in layout.Fields)
        {
            if (field.Index == index)
            {
                return field;
            }
        }

        return null;
    }

    private static ImmutableDictionary<string, string?> Properties(string key, int value)
        => ImmutableDictionary<string, string?>.Empty.Add(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string KindText(string kind) => kind switch
    {
        nameof(LayoutTypeKind.Class) => "a class",
        nameof(LayoutTypeKind.RecordClass) => "a record class",
        nameof(LayoutTypeKind.RefStruct) => "a ref struct",
        _ => "not a struct",
    };
}
