using MappedStructs.Layout;

namespace MappedStructs.Generator.Emitting;

/// <summary>Facts about a resolved field that decide what the emitter writes for it.</summary>
internal static class FieldFacts
{
    /// <summary>The element type of a fixed array (the field type itself otherwise).</summary>
    public static FieldType Element(ResolvedField field) => field.Spec.Type.Element ?? field.Spec.Type;

    /// <summary>
    /// Whether a fixed array is exposed as a span: its element is a scalar whose every bit pattern is a value, and either one
    /// byte wide or stored little-endian (guarded at run time: a big-endian host throws instead of returning a wrong span;
    /// a span of multi-byte elements cannot be in an order chosen per view, so those arrays get element views).
    /// Otherwise the views expose an element view with an indexer that converts each element.
    /// </summary>
    public static bool IsSpanArray(ResolvedField field, ByteOrder order)
    {
        if (field.Kind != ResolvedFieldKind.FixedArray)
        {
            return false;
        }

        FieldType element = Element(field);
        if (element.Shape is not (FieldShape.Scalar or FieldShape.Enum))
        {
            return false;
        }

        ScalarInfo info = TypeCatalogue.Get(element.Scalar);
        return info.CanBeSpan && (info.Size == 1 || order == ByteOrder.Little);
    }

    /// <summary>Whether a span array needs the run-time byte-order guard (multi-byte elements).</summary>
    public static bool NeedsHostOrderGuard(ResolvedField field) => TypeCatalogue.Get(Element(field).Scalar).Size > 1;

    /// <summary>The C# type of one element of a fixed array (or of the field).</summary>
    public static string ElementType(ResolvedField field)
    {
        FieldType element = Element(field);
        return element.Shape == FieldShape.Nested ? element.TypeName : ScalarCode.ValueType(element);
    }

    public static string OrderText(ByteOrder order) => order switch
    {
        ByteOrder.Big => "big-endian",
        ByteOrder.PerView => "in the byte order chosen when the view is made",
        _ => "little-endian",
    };
}
