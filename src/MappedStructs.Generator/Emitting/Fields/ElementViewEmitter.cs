using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// The element view of a fixed array that is not exposed as a span (elements in the other byte order, <c>bool</c>,
/// <c>Guid</c>, <c>DateTime</c>, <c>TimeSpan</c>, nested layouts): a <c>ref struct</c> with a bounds-checked indexer.
/// </summary>
internal static class ElementViewEmitter
{
    public static void Write(IndentedWriter writer, ResolvedLayout layout, ResolvedField field, bool writable)
    {
        string name = writable ? GeneratedNames.ArrayView(field.Name) : GeneratedNames.ReadOnlyArrayView(field.Name);
        string element = FieldFacts.ElementType(field);
        FieldType elementType = FieldFacts.Element(field);
        bool nested = elementType.Shape == FieldShape.Nested;
        string count = Text(field.ElementCount);
        ByteOrder order = layout.Spec.Endian;

        // A default element view (default(Trade.PricesArray)) has a null _start too; its indexer reaches up to the field's
        // size from it. One created from a default Ref never gets here: the Ref's property checks when the array reaches
        // past the first page (its _start would be the field's offset, not null).
        string viewName = layout.Spec.DottedName + "." + name;
        bool check = DefaultViewCheck.Needed(0, field.Size);
        string start = DefaultViewCheck.Start(check, viewName);
        string offset = $"{Support}.ElementOffset(index, {count}, {Text(field.ElementSize)})";

        writer.Line($"/// <summary>{(writable ? "A writable" : "A read-only")} view of <c>{field.Name}</c>: {count} elements of {Text(field.ElementSize)} bytes, {FieldFacts.OrderText(order)}, each index checked.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"public readonly ref struct {name}");
        Members.StartField(writer, name, "internal", order == ByteOrder.PerView);
        writer.Line();
        writer.Line("/// <summary>The number of elements.</summary>");
        writer.Line($"public int Length => {count};");
        writer.Line();
        writer.Line("/// <summary>The element at <paramref name=\"index\"/>; throws <c>ArgumentOutOfRangeException</c> outside 0 to Length - 1.</summary>");
        if (nested)
        {
            Members.Property(
                writer,
                $"public {NestedFieldEmitter.ViewType(element, writable)} this[int index]",
                NestedFieldEmitter.ViewOf(element, writable, $"{Unsafe}.Add({start}, {offset})", ViewContext.NestedOrder(field)));
        }
        else
        {
            Members.Property(
                writer,
                $"public {element} this[int index]",
                ScalarCode.Read(elementType, order, start, offset),
                writable ? ScalarCode.Write(elementType, order, start, offset, "value", ViewContext.FieldDisplayName(layout, field)) : null);
        }

        writer.Line();
        writer.Line("/// <summary>Copies the elements into a new array.</summary>");
        writer.Open($"public {element}[] ToArray()");
        writer.Line($"var items = new {element}[{count}];");
        writer.Open($"for (int i = 0; i < {count}; i++)");
        writer.Line(nested ? "items[i] = this[i].Load();" : "items[i] = this[i];");
        writer.Close();
        writer.Line();
        writer.Line("return items;");
        writer.Close();
        if (writable)
        {
            writer.Line();
            WriteCopyFrom(writer, field, element, nested, check ? viewName : null, ViewContext.FieldDisplayName(layout, field));
        }

        writer.Close();
    }

    private static void WriteCopyFrom(IndentedWriter writer, ResolvedField field, string element, bool nested, string? checkedView, string fullName)
    {
        string count = Text(field.ElementCount);
        writer.Line("/// <summary>Writes every element of <paramref name=\"values\"/> (null clears the field); throws <c>ArgumentException</c> unless it has exactly Length elements.</summary>");
        writer.Open($"public void CopyFrom({element}[]? values)");
        if (checkedView is not null)
        {
            DefaultViewCheck.Write(writer, checkedView);
        }

        writer.Open("if (values is null)");
        writer.Line($"{MemoryMarshal}.CreateSpan(ref _start, {Text(field.Size)}).Clear();");
        writer.Line("return;");
        writer.Close();
        writer.Line();

        // A 24-bit element that does not fit throws here, before the first write, not halfway through the copy.
        writer.Line(ScalarCode.RangeCheck(field.Spec.Type, "values", fullName, field.ElementCount) ?? $"{Support}.CheckArrayLength(values.Length, {count}, {fullName});");
        writer.Open($"for (int i = 0; i < {count}; i++)");
        writer.Line(nested ? "this[i].Store(values[i]);" : "this[i] = values[i];");
        writer.Close();
        writer.Close();
    }
}
