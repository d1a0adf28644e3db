using System.Collections.Generic;
using System.Globalization;

namespace MappedStructs.Layout;

/// <summary>
/// The rules for <c>[Bits(shift, width)]</c> fields: how one is sized (its container's bytes), which declarations cannot
/// be stored, and how bit fields at one offset share their container. Bit fields sharing a container do not overlap each
/// other as fields (their bits are checked instead), but a container overlaps any other field as a scalar would.
/// </summary>
internal static class BitFieldRules
{
    /// <summary>The container of a bit field: its size, alignment and <c>bits[shift:width] of uintN</c> name, or null with a violation.</summary>
    public static FieldSizing? Size(int index, FieldSpec field, List<LayoutViolation> violations)
    {
        int shift = field.BitShift ?? 0;
        int width = field.BitWidth ?? 0;
        LayoutViolation Invalid(string why, int bits = 0) =>
            new(ViolationKind.BitRangeInvalid, index, field.Name, Offset: shift, Size: width, ComputedSize: bits, Detail: why);

        if (field.IsAtomic)
        {
            violations.Add(Invalid("atomic"));
            return null;
        }

        int typeBits = ValueBits(field.Type);
        if (typeBits == 0)
        {
            violations.Add(Invalid("type"));
            return null;
        }

        ScalarType container = field.BitContainer == ScalarType.None ? StoredScalar(field.Type) : field.BitContainer;
        int containerBytes = IntegerBytes(container);
        if (containerBytes == 0)
        {
            violations.Add(Invalid("containertype"));
            return null;
        }

        int containerBits = containerBytes * 8;
        if (width < 1)
        {
            violations.Add(Invalid("width"));
            return null;
        }

        if (shift < 0)
        {
            violations.Add(Invalid("shift"));
            return null;
        }

        if (width > typeBits)
        {
            violations.Add(Invalid("type", typeBits));
            return null;
        }

        if ((long)shift + width > containerBits)
        {
            violations.Add(Invalid("container", containerBits));
            return null;
        }

        string name = "bits[" + Text(shift) + ":" + Text(width) + "] of uint" + Text(containerBits);
        return new FieldSizing(ResolvedFieldKind.Bits, containerBytes, containerBytes, name, containerBytes, 1, 0);
    }

    /// <summary>Whether two placed fields are bit fields in one container (at one offset), which may share its bytes.</summary>
    public static bool ShareContainer(ResolvedField a, ResolvedField b) =>
        a.Kind == ResolvedFieldKind.Bits && b.Kind == ResolvedFieldKind.Bits && a.Offset == b.Offset;

    /// <summary>Reports bit fields at one offset whose containers differ in width, or whose bits overlap (once per later field).</summary>
    public static void CheckContainers(List<ResolvedField> placed, List<LayoutViolation> violations)
    {
        for (int later = 0; later < placed.Count; later++)
        {
            for (int earlier = 0; earlier < later; earlier++)
            {
                ResolvedField a = placed[earlier];
                ResolvedField b = placed[later];
                if (!ShareContainer(a, b))
                {
                    continue;
                }

                if (a.Size != b.Size)
                {
                    violations.Add(new LayoutViolation(
                        ViolationKind.BitContainerConflict, b.Index, b.Name, b.Offset, b.Size, b.Alignment, a.Index, a.Name, ComputedSize: a.Size));
                    break;
                }

                int aShift = a.Spec.BitShift ?? 0;
                int bShift = b.Spec.BitShift ?? 0;
                if (bShift < aShift + (a.Spec.BitWidth ?? 0) && aShift < bShift + (b.Spec.BitWidth ?? 0))
                {
                    violations.Add(new LayoutViolation(
                        ViolationKind.BitRangesOverlap, b.Index, b.Name, bShift, b.Spec.BitWidth ?? 0, b.Alignment, a.Index, a.Name));
                    break;
                }
            }
        }
    }

    /// <summary>Whether a bit field of <paramref name="type"/> is read sign-extended (a signed integer or an enum over one).</summary>
    public static bool IsSigned(FieldType type) => StoredScalar(type) is ScalarType.SByte or ScalarType.Int16 or ScalarType.Int32 or ScalarType.Int64;

    /// <summary>The number of value bits <paramref name="type"/> holds as a bit field (a bool's is 1), or 0 when it cannot be one.</summary>
    private static int ValueBits(FieldType type)
    {
        if (type.Shape is not (FieldShape.Scalar or FieldShape.Enum))
        {
            return 0;
        }

        return type.Scalar == ScalarType.Bool ? 1 : IntegerBytes(type.Scalar) * 8;
    }

    // A bool's container, when none is given, is the byte it is stored in as a scalar.
    private static ScalarType StoredScalar(FieldType type) => type.Scalar == ScalarType.Bool ? ScalarType.Byte : type.Scalar;

    private static int IntegerBytes(ScalarType scalar) => scalar switch
    {
        ScalarType.Byte or ScalarType.SByte => 1,
        ScalarType.Int16 or ScalarType.UInt16 => 2,
        ScalarType.Int32 or ScalarType.UInt32 => 4,
        ScalarType.Int64 or ScalarType.UInt64 => 8,
        _ => 0,
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
