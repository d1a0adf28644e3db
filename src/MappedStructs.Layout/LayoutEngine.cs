using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MappedStructs.Layout;

/// <summary>
/// Computes offsets, sizes, alignment, padding, overlaps and the fingerprint of a layout, and lists every rule it breaks.
/// The single source of truth for layout rules: the generator emits only what this accepts, the analyzers report what it rejects.
/// </summary>
/// <remarks>
/// Rules (C rules, as numpy's <c>align=True</c>):
/// <list type="bullet">
/// <item>A field's natural alignment is its scalar's (see <see cref="TypeCatalogue"/>); a Utf8 string's is 1; a fixed array's is its element's;
/// a nested layout's is that layout's alignment. <c>Pack</c> caps every alignment except an <c>[Atomic]</c> field's.</item>
/// <item>Sequential layouts (no <c>[Field]</c>): each field goes at the next offset that is a multiple of its alignment, in declaration order.</item>
/// <item>Explicit layouts: every field has <c>[Field(offset)]</c>; fields must not overlap; misalignment is a warning (an error for atomics).</item>
/// <item>The record's alignment is the largest field alignment; its size is the declared <c>Size</c>, or the end of the last field rounded up to the alignment.</item>
/// <item>Every byte of a record is addressed with an <c>int</c> offset, so no field may end, and no record may be, past
/// <see cref="MaxLayoutSize"/> bytes. Sizes and offsets are computed in <c>long</c> and a result past it is a violation:
/// the engine never throws and never wraps, whatever the declaration says.</item>
/// </list>
/// </remarks>
internal static class LayoutEngine
{
    /// <summary>Resolves <paramref name="spec"/>; <paramref name="resolveNested"/> maps a <see cref="LayoutSpec.QualifiedName"/> to its spec (null when unknown).</summary>
    public static ResolvedLayout Resolve(LayoutSpec spec, Func<string, LayoutSpec?> resolveNested)
    {
        if (spec is null)
        {
            throw new ArgumentNullException(nameof(spec));
        }

        if (resolveNested is null)
        {
            throw new ArgumentNullException(nameof(resolveNested));
        }

        return new Session(resolveNested).Resolve(spec);
    }

    /// <summary>Resolves a layout without nested layouts (any nested field is reported as not found).</summary>
    public static ResolvedLayout Resolve(LayoutSpec spec) => Resolve(spec, static _ => null);

    /// <summary>The largest record, in bytes: its fields are addressed with <c>int</c> offsets.</summary>
    public const int MaxLayoutSize = int.MaxValue;

    /// <summary>Rounds <paramref name="value"/> up to a multiple of <paramref name="alignment"/>; the caller knows the result fits.</summary>
    public static int AlignUp(int value, int alignment) => (int)AlignUp((long)value, alignment);

    /// <summary>Rounds <paramref name="value"/> up to a multiple of <paramref name="alignment"/>, without wrapping.</summary>
    public static long AlignUp(long value, int alignment) => alignment <= 1 ? value : (value + alignment - 1) / alignment * alignment;

    private sealed class Session(Func<string, LayoutSpec?> resolveNested)
    {
        private const int MaxDepth = 64;
        private readonly Dictionary<string, ResolvedLayout> _resolved = new(StringComparer.Ordinal);
        private int _depth;

        public ResolvedLayout Resolve(LayoutSpec spec)
        {
            if (_resolved.TryGetValue(spec.QualifiedName, out ResolvedLayout? known))
            {
                return known;
            }

            _depth++;
            try
            {
                ResolvedLayout result = ResolveOne(spec);
                _resolved[spec.QualifiedName] = result;
                return result;
            }
            finally
            {
                _depth--;
            }
        }

        private ResolvedLayout ResolveOne(LayoutSpec spec)
        {
            var violations = new List<LayoutViolation>();
            CheckType(spec, violations);
            VersionRules.CheckVersion(spec, violations);
            CheckNames(spec, violations);

            int pack = PackValues.IsValid(spec.Pack) ? spec.Pack : 0;
            var sizings = new FieldSizing?[spec.Fields.Count];
            for (int i = 0; i < spec.Fields.Count; i++)
            {
                sizings[i] = SizeField(spec, i, violations);
            }

            var placed = new List<ResolvedField>();
            bool explicitLayout = spec.HasExplicitOffsets;
            long cursor = 0;
            bool sequentialBroken = false;
            for (int i = 0; i < spec.Fields.Count; i++)
            {
                FieldSpec field = spec.Fields[i];
                FieldSizing? sizing = sizings[i];
                if (field.Unbound is not null)
                {
                    // The compiler reports the argument; no later sequential offset is knowable.
                    sequentialBroken = true;
                    continue;
                }

                int alignment = sizing is null ? 1 : EffectiveAlignment(sizing, field, pack);
                long offset;
                if (explicitLayout)
                {
                    if (field.ExplicitOffset is not int given)
                    {
                        violations.Add(new LayoutViolation(ViolationKind.MixedExplicitAndImplicitOffsets, i, field.Name));
                        continue;
                    }

                    if (given < 0)
                    {
                        violations.Add(new LayoutViolation(ViolationKind.NegativeOffset, i, field.Name, Offset: given));
                        continue;
                    }

                    offset = given;
                }
                else
                {
                    if (sizing is null || sequentialBroken)
                    {
                        // After a field of unknown size, no later sequential offset is knowable.
                        sequentialBroken = true;
                        continue;
                    }

                    offset = AlignUp(cursor, alignment);
                    cursor = offset + sizing.Size;
                }

                if (sizing is null)
                {
                    continue;
                }

                if (offset + sizing.Size > MaxLayoutSize)
                {
                    violations.Add(new LayoutViolation(ViolationKind.LayoutTooLarge, i, field.Name, Size: sizing.Size, Extent: offset + sizing.Size));
                    sequentialBroken = true;
                    continue;
                }

                placed.Add(new ResolvedField(
                    i, field, sizing.Kind, (int)offset, sizing.Size, alignment, sizing.CatalogueName, sizing.ElementSize, sizing.ElementCount, sizing.NestedFingerprint,
                    NeedsAtomicAccess(sizing.Kind) ? sizing.NaturalAlignment : sizing.NestedAtomicAlignment, sizing.NestedNames, sizing.NestedPerView));
                CheckAlignment(placed[placed.Count - 1], violations);
            }

            bool allPlaced = placed.Count == spec.Fields.Count;
            if (explicitLayout)
            {
                CheckOverlaps(placed, violations);
                BitFieldRules.CheckContainers(placed, violations);
            }

            VersionRules.CheckFields(spec, placed, violations);

            int required = placed.Count == 0 ? 0 : placed.Max(f => f.End);
            int recordAlignment = placed.Count == 0 ? 1 : placed.Max(f => f.Alignment);
            int size;
            if (spec.Size > 0)
            {
                size = spec.Size;
                CheckDeclaredSize(spec, placed, explicitLayout, allPlaced, required, recordAlignment, violations);
            }
            else
            {
                size = FitRecordSize(required, recordAlignment, string.Empty, violations);
            }

            var padding = new List<PaddingGap>();
            if (allPlaced && placed.Count > 0)
            {
                FindPadding(placed, size, padding, violations);
            }

            ulong fingerprint = Fingerprint.Of(CanonicalText(spec, placed, size, recordAlignment));
            return new ResolvedLayout(
                spec,
                placed.ToEquatableArray(),
                size,
                recordAlignment,
                required,
                fingerprint,
                padding.ToEquatableArray(),
                violations.ToEquatableArray());
        }

        private static void CheckType(LayoutSpec spec, List<LayoutViolation> violations)
        {
            if (spec.TypeKind is not (LayoutTypeKind.Struct or LayoutTypeKind.RecordStruct))
            {
                violations.Add(new LayoutViolation(ViolationKind.NotAStruct, Detail: spec.TypeKind.ToString()));
            }

            if (!spec.IsPartial)
            {
                violations.Add(new LayoutViolation(ViolationKind.NotPartial));
            }

            foreach (ContainingTypeSpec containing in spec.ContainingTypes)
            {
                if (!containing.IsPartial)
                {
                    violations.Add(new LayoutViolation(ViolationKind.ContainingTypeNotPartial, Detail: containing.Name));
                }
            }

            if (spec.IsGeneric || spec.ContainingTypes.Any(c => c.IsGeneric))
            {
                violations.Add(new LayoutViolation(ViolationKind.GenericLayout));
            }

            if (spec.FileLocalTypeName is not null)
            {
                violations.Add(new LayoutViolation(ViolationKind.FileLocalLayout, Detail: spec.FileLocalTypeName));
            }

            if (spec.UnboundArgument is not null)
            {
                violations.Add(new LayoutViolation(ViolationKind.UnboundArgument, Detail: spec.UnboundArgument));
            }

            if (spec.Size < 0)
            {
                violations.Add(new LayoutViolation(ViolationKind.InvalidSize, Size: spec.Size));
            }

            if (!PackValues.IsValid(spec.Pack))
            {
                violations.Add(new LayoutViolation(ViolationKind.InvalidPack, Alignment: spec.Pack));
            }

            if (spec.Fields.Count == 0)
            {
                violations.Add(new LayoutViolation(ViolationKind.NoFields));
            }
        }

        private static void CheckNames(LayoutSpec spec, List<LayoutViolation> violations)
        {
            foreach (NameCollision collision in GeneratedMemberNames.For(spec).Collisions)
            {
                violations.Add(new LayoutViolation(
                    ViolationKind.GeneratedNameCollision, collision.FieldIndex, collision.Name, Detail: collision.Name, EmittedName: collision.Emitted));
            }
        }

        private FieldSizing? SizeField(LayoutSpec spec, int index, List<LayoutViolation> violations)
        {
            FieldSpec field = spec.Fields[index];
            FieldType type = field.Type;
            if (field.Unbound is not null)
            {
                // Its numbers are unknown: the compiler says why, and any rule checked on them would report a guess.
                violations.Add(new LayoutViolation(ViolationKind.UnboundArgument, index, field.Name, Detail: field.Unbound));
                return null;
            }

            if (!field.IsSettable)
            {
                violations.Add(new LayoutViolation(ViolationKind.FieldNotSettable, index, field.Name));
            }

            if (field.Utf8Length is not null && type.Shape != FieldShape.String)
            {
                violations.Add(new LayoutViolation(ViolationKind.Utf8OnNonString, index, field.Name, Detail: type.DisplayName));
            }

            if (field.FixedArrayLength is not null && type.Shape != FieldShape.Array)
            {
                violations.Add(new LayoutViolation(ViolationKind.FixedArrayOnNonArray, index, field.Name, Detail: type.DisplayName));
            }

            if (field.IsAtomic && !(type.Shape == FieldShape.Scalar && TypeCatalogue.Get(type.Scalar).CanBeAtomic))
            {
                violations.Add(new LayoutViolation(ViolationKind.AtomicUnsupportedType, index, field.Name, Detail: type.DisplayName));
            }

            if (field.VariableLength != VariableLengthAttribute.None)
            {
                return SizeVariableLength(index, field, violations);
            }

            if (field.BitWidth is not null)
            {
                return BitFieldRules.Size(index, field, violations);
            }

            switch (type.Shape)
            {
                case FieldShape.Scalar:
                case FieldShape.Enum:
                {
                    ScalarInfo info = TypeCatalogue.Get(type.Scalar);
                    ResolvedFieldKind kind = field.IsAtomic ? ResolvedFieldKind.Atomic : ResolvedFieldKind.Scalar;
                    return new FieldSizing(kind, info.Size, info.Alignment, info.CatalogueName, info.Size, 1, 0);
                }

                case FieldShape.String:
                    if (field.Utf8Length is not int byteLength)
                    {
                        violations.Add(new LayoutViolation(ViolationKind.Utf8LengthMissing, index, field.Name));
                        return null;
                    }

                    if (byteLength <= 0)
                    {
                        violations.Add(new LayoutViolation(ViolationKind.InvalidUtf8Length, index, field.Name, Size: byteLength));
                        return null;
                    }

                    if (field.Utf8Padding > Utf8Padding.LastAscii)
                    {
                        violations.Add(new LayoutViolation(ViolationKind.InvalidUtf8Padding, index, field.Name, Detail: Utf8Padding.CodePoint(field.Utf8Padding)));
                        return null;
                    }

                    string utf8Name = "utf8[" + Text(byteLength) + "]" + Utf8Padding.CatalogueSuffix(field.Utf8Padding);
                    return new FieldSizing(ResolvedFieldKind.Utf8, byteLength, 1, utf8Name, 1, byteLength, 0);

                case FieldShape.Array:
                    return SizeArray(spec, index, violations);

                case FieldShape.Nested:
                {
                    ResolvedLayout? nested = ResolveNested(spec, index, type, violations);
                    return nested is null
                        ? null
                        : new FieldSizing(
                            ResolvedFieldKind.Nested, nested.Size, nested.Alignment, NestedLayoutNames.CatalogueName(nested.Spec.Name), nested.Size, 1, nested.Fingerprint, nested.AtomicAlignment, nested.Names, IsPerView(nested));
                }

                default:
                    violations.Add(new LayoutViolation(ViolationKind.UnsupportedFieldType, index, field.Name, Detail: type.DisplayName));
                    return null;
            }
        }

        // A variable-length field holds a fixed-size reference into the table's heap; its value's type decides the kind.
        private static FieldSizing? SizeVariableLength(int index, FieldSpec field, List<LayoutViolation> violations)
        {
            string? conflict = field.VariableLength == VariableLengthAttribute.Several ? "Text, Blob and VarArray"
                : field.Utf8Length is not null ? "Utf8"
                : field.FixedArrayLength is not null ? "FixedArray"
                : field.IsAtomic ? "Atomic"
                : field.BitWidth is not null ? "Bits"
                : null;
            if (conflict is not null)
            {
                violations.Add(new LayoutViolation(ViolationKind.VariableLengthAttributeConflict, index, field.Name, Detail: conflict));
                return null;
            }

            FieldType type = field.Type;
            FieldType? element = type.Shape == FieldShape.Array ? type.Element : null;
            switch (field.VariableLength)
            {
                case VariableLengthAttribute.Text when type.Shape == FieldShape.String:
                    return Reference(ResolvedFieldKind.Text, VariableLengthFields.TextName, 1);
                case VariableLengthAttribute.Blob when type.Shape == FieldShape.ByteMemory || element is { Shape: FieldShape.Scalar, Scalar: ScalarType.Byte }:
                    return Reference(ResolvedFieldKind.Blob, VariableLengthFields.BlobName, 1);
                case VariableLengthAttribute.VarArray when element is not null:
                    if (element.Shape is not (FieldShape.Scalar or FieldShape.Enum) || !TypeCatalogue.Get(element.Scalar).CanBeSpan)
                    {
                        violations.Add(new LayoutViolation(ViolationKind.VarArrayElementUnsupported, index, field.Name, Detail: element.DisplayName));
                        return null;
                    }

                    ScalarInfo info = TypeCatalogue.Get(element.Scalar);
                    return Reference(ResolvedFieldKind.VarArray, VariableLengthFields.VarArrayName(info), info.Size);
                default:
                    violations.Add(new LayoutViolation(ViolationKind.VariableLengthOnWrongType, index, field.Name, Detail: field.VariableLength.ToString()));
                    return null;
            }

            static FieldSizing Reference(ResolvedFieldKind kind, string catalogueName, int elementSize) =>
                new(kind, VariableLengthFields.ReferenceSize, VariableLengthFields.ReferenceAlignment, catalogueName, elementSize, 1, 0);
        }

        private FieldSizing? SizeArray(LayoutSpec spec, int index, List<LayoutViolation> violations)
        {
            FieldSpec field = spec.Fields[index];
            FieldType element = field.Type.Element ?? FieldType.ForUnsupported("?", "?");
            int? length = field.FixedArrayLength;
            if (length is null)
            {
                violations.Add(new LayoutViolation(ViolationKind.FixedArrayLengthMissing, index, field.Name));
            }
            else if (length <= 0)
            {
                violations.Add(new LayoutViolation(ViolationKind.InvalidFixedArrayLength, index, field.Name, Size: length.Value));
            }

            int count = length ?? 0;
            string suffix = "[" + Text(count) + "]";
            switch (element.Shape)
            {
                case FieldShape.Scalar:
                case FieldShape.Enum:
                {
                    ScalarInfo info = TypeCatalogue.Get(element.Scalar);
                    return count <= 0 || !FitsArray(index, field.Name, info.Size, count, violations)
                        ? null
                        : new FieldSizing(
                            ResolvedFieldKind.FixedArray, info.Size * count, info.Alignment, info.CatalogueName + suffix, info.Size, count, 0);
                }

                case FieldShape.Nested:
                {
                    ResolvedLayout? nested = ResolveNested(spec, index, element, violations);
                    return nested is null || count <= 0 || !FitsArray(index, field.Name, nested.Size, count, violations)
                        ? null
                        : new FieldSizing(
                            ResolvedFieldKind.FixedArray,
                            nested.Size * count,
                            nested.Alignment,
                            NestedLayoutNames.CatalogueName(nested.Spec.Name) + suffix,
                            nested.Size,
                            count,
                            nested.Fingerprint,
                            nested.AtomicAlignment,
                            nested.Names,
                            IsPerView(nested));
                }

                default:
                    violations.Add(new LayoutViolation(ViolationKind.UnsupportedFieldType, index, field.Name, Detail: field.Type.DisplayName));
                    return null;
            }
        }

        private static bool FitsArray(int index, string fieldName, int elementSize, int count, List<LayoutViolation> violations)
        {
            long size = (long)elementSize * count;
            if (size <= MaxLayoutSize)
            {
                return true;
            }

            violations.Add(new LayoutViolation(ViolationKind.LayoutTooLarge, index, fieldName, Size: elementSize, Count: count, Extent: size));
            return false;
        }

        private ResolvedLayout? ResolveNested(LayoutSpec spec, int index, FieldType nestedType, List<LayoutViolation> violations)
        {
            string fieldName = spec.Fields[index].Name;
            List<string>? cycle = FindCycle(spec.QualifiedName, nestedType.TypeName);
            if (cycle is not null)
            {
                violations.Add(new LayoutViolation(ViolationKind.RecursiveLayout, index, fieldName, Detail: string.Join(" -> ", cycle.Select(Display))));
                return null;
            }

            LayoutSpec? nestedSpec = resolveNested(nestedType.TypeName);
            if (nestedSpec is null || _depth >= MaxDepth)
            {
                violations.Add(new LayoutViolation(ViolationKind.NestedLayoutInvalid, index, fieldName, Detail: nestedType.DisplayName));
                return null;
            }

            ResolvedLayout nested = Resolve(nestedSpec);
            if (!nested.IsValidForGeneration)
            {
                violations.Add(new LayoutViolation(ViolationKind.NestedLayoutInvalid, index, fieldName, Detail: nestedType.DisplayName));
                return null;
            }

            // A reference means something only beside the heap of the table whose record holds it.
            if (nested.HasVariableLengthFields)
            {
                violations.Add(new LayoutViolation(ViolationKind.VariableLengthLayoutNested, index, fieldName, Detail: nestedType.DisplayName));
                return null;
            }

            // The nested views take their order from the view they are reached through; a fixed-order view has none to give.
            if (IsPerView(nested) && spec.Endian != ByteOrder.PerView)
            {
                violations.Add(new LayoutViolation(ViolationKind.PerViewLayoutInFixedOrder, index, fieldName, Detail: nestedType.DisplayName));
            }

            return nested;
        }

        private static bool IsPerView(ResolvedLayout layout) => layout.Spec.Endian == ByteOrder.PerView;

        /// <summary>The path from <paramref name="root"/> back to itself through <paramref name="start"/>, or null when there is none.</summary>
        private List<string>? FindCycle(string root, string start)
        {
            var path = new List<string> { root };
            var visited = new HashSet<string>(StringComparer.Ordinal);
            return Walk(start) ? path : null;

            bool Walk(string current)
            {
                if (path.Count > MaxDepth)
                {
                    // Deeper than any layout may nest: the depth check reports it, and the walk must not exhaust the stack.
                    return false;
                }

                path.Add(current);
                if (string.Equals(current, root, StringComparison.Ordinal))
                {
                    return true;
                }

                if (visited.Add(current) && resolveNested(current) is LayoutSpec currentSpec)
                {
                    foreach (FieldSpec field in currentSpec.Fields)
                    {
                        FieldType type = field.Type.Shape == FieldShape.Array && field.Type.Element is not null ? field.Type.Element : field.Type;
                        if (type.Shape == FieldShape.Nested && Walk(type.TypeName))
                        {
                            return true;
                        }
                    }
                }

                path.RemoveAt(path.Count - 1);
                return false;
            }
        }

        private static string Display(string qualifiedName) =>
            qualifiedName.StartsWith("global::", StringComparison.Ordinal) ? qualifiedName.Substring("global::".Length) : qualifiedName;

        // Pack never lowers what an [Atomic] field needs, including one inside a nested layout, nor what a heap reference
        // needs: a setter replaces it with one atomic store, which a misaligned address would tear.
        private static int EffectiveAlignment(FieldSizing sizing, FieldSpec field, int pack) =>
            field.IsAtomic || VariableLengthFields.IsVariableLength(sizing.Kind) || pack == 0
                ? sizing.NaturalAlignment
                : Math.Max(Math.Min(sizing.NaturalAlignment, pack), sizing.NestedAtomicAlignment);

        /// <summary>Whether a field of <paramref name="kind"/> is written with atomic stores, so a record must start aligned for it.</summary>
        private static bool NeedsAtomicAccess(ResolvedFieldKind kind) =>
            kind == ResolvedFieldKind.Atomic || VariableLengthFields.IsVariableLength(kind);

        private static void CheckAlignment(ResolvedField field, List<LayoutViolation> violations)
        {
            if (field.Offset % field.Alignment == 0)
            {
                return;
            }

            // A nested layout holding an [Atomic] field at a misaligned offset makes that atomic misaligned: an error too.
            bool atomicMisaligned = field.AtomicAlignment > 0 && field.Offset % field.AtomicAlignment != 0;
            ViolationKind kind = !atomicMisaligned ? ViolationKind.MisalignedField
                : VariableLengthFields.IsVariableLength(field.Kind) ? ViolationKind.MisalignedHeapReference
                : ViolationKind.MisalignedAtomicField;
            violations.Add(new LayoutViolation(kind, field.Index, field.Name, field.Offset, field.Size, field.Alignment));
        }

        private static void CheckOverlaps(List<ResolvedField> placed, List<LayoutViolation> violations)
        {
            for (int later = 0; later < placed.Count; later++)
            {
                for (int earlier = 0; earlier < later; earlier++)
                {
                    ResolvedField a = placed[earlier];
                    ResolvedField b = placed[later];
                    if (b.Offset < a.End && a.Offset < b.End && !BitFieldRules.ShareContainer(a, b))
                    {
                        violations.Add(new LayoutViolation(
                            ViolationKind.FieldsOverlap, b.Index, b.Name, b.Offset, b.Size, b.Alignment, a.Index, a.Name));
                        break;
                    }
                }
            }
        }

        private static void CheckDeclaredSize(
            LayoutSpec spec,
            List<ResolvedField> placed,
            bool explicitLayout,
            bool allPlaced,
            int required,
            int alignment,
            List<LayoutViolation> violations)
        {
            if (explicitLayout)
            {
                foreach (ResolvedField field in placed)
                {
                    if (field.End > spec.Size)
                    {
                        violations.Add(new LayoutViolation(
                            ViolationKind.FieldPastSize, field.Index, field.Name, field.Offset, field.Size, field.Alignment, ComputedSize: spec.Size));
                    }
                }
            }
            else if (allPlaced && required > spec.Size)
            {
                violations.Add(new LayoutViolation(ViolationKind.SizeTooSmall, Size: spec.Size, Alignment: alignment, ComputedSize: required));
            }

            if (allPlaced && spec.Size % alignment != 0)
            {
                // Rounded up, the declared Size may not fit: then that is the violation, and there is no aligned Size to suggest.
                int aligned = FitRecordSize(spec.Size, alignment, AttributeNames.SizeArgument, violations);
                if (aligned != spec.Size)
                {
                    violations.Add(new LayoutViolation(
                        ViolationKind.SizeNotMultipleOfAlignment, Size: spec.Size, Alignment: alignment, ComputedSize: aligned));
                }
            }
        }

        /// <summary>
        /// <paramref name="size"/> rounded up to <paramref name="alignment"/>; when that does not fit, a violation
        /// (<paramref name="sizeArgument"/> says whether the declared Size or the fields' end is rounded) and the unrounded size.
        /// </summary>
        private static int FitRecordSize(int size, int alignment, string sizeArgument, List<LayoutViolation> violations)
        {
            long aligned = AlignUp((long)size, alignment);
            if (aligned <= MaxLayoutSize)
            {
                return (int)aligned;
            }

            violations.Add(new LayoutViolation(ViolationKind.LayoutTooLarge, Size: size, Alignment: alignment, Detail: sizeArgument, Extent: aligned));
            return size;
        }

        private static void FindPadding(List<ResolvedField> placed, int size, List<PaddingGap> padding, List<LayoutViolation> violations)
        {
            int cursor = 0;
            foreach (ResolvedField field in placed.OrderBy(f => f.Offset).ThenBy(f => f.Index))
            {
                if (field.Offset > cursor)
                {
                    padding.Add(new PaddingGap(cursor, field.Offset - cursor, field.Index));
                    violations.Add(new LayoutViolation(ViolationKind.PaddingBetweenFields, field.Index, field.Name, cursor, field.Offset - cursor));
                }

                cursor = Math.Max(cursor, field.End);
            }

            if (size > cursor)
            {
                padding.Add(new PaddingGap(cursor, size - cursor, -1));
                violations.Add(new LayoutViolation(ViolationKind.PaddingAtEnd, Offset: cursor, Size: size - cursor, ComputedSize: size));
            }
        }

        private static string CanonicalText(LayoutSpec spec, List<ResolvedField> placed, int size, int alignment)
        {
            var text = new StringBuilder();
            text.Append("mappedstructs-layout/1 endian=")
                .Append(spec.Endian switch { ByteOrder.Big => "big", ByteOrder.PerView => "perview", _ => "little" })
                .Append(" size=").Append(Text(size))
                .Append(" align=").Append(Text(alignment));

            // Versioning is in the fingerprint only where declared, so that a layout of version 1 keeps the fingerprint
            // (and the table files) it had before layouts had versions.
            if (spec.Version != 1)
            {
                text.Append(" version=").Append(Text(spec.Version));
            }

            text.Append('\n');
            foreach (ResolvedField field in placed.OrderBy(f => f.Offset).ThenBy(f => f.Index))
            {
                string type = field.NestedFingerprint == 0
                    ? field.CatalogueName
                    : "layout#" + field.NestedFingerprint.ToString("x16", CultureInfo.InvariantCulture)
                        + (field.Kind == ResolvedFieldKind.FixedArray ? "[" + Text(field.ElementCount) + "]" : string.Empty);
                text.Append(field.Name).Append(' ')
                    .Append(type).Append(' ')
                    .Append(Text(field.Offset)).Append(' ')
                    .Append(Text(field.Size));
                if (field.Spec.Since != 1)
                {
                    text.Append(" since=").Append(Text(field.Spec.Since));
                }

                if (field.Spec.IsDeprecated)
                {
                    text.Append(" deprecated=").Append(Text(field.Spec.Deprecated));
                }

                text.Append('\n');
            }

            return text.ToString();
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
