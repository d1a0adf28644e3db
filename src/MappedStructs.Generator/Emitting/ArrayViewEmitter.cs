using System;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Writes the element view of a fixed array that is not exposed as a span (elements in the other byte order, <c>bool</c>,
/// <c>Guid</c>, <c>DateTime</c>, <c>TimeSpan</c>, nested layouts): a <c>ref struct</c> with a bounds-checked indexer.
/// </summary>
internal static class ArrayViewEmitter
{
    public static void Write(IndentedWriter writer, ResolvedLayout layout, ResolvedField field, bool writable)
    {
        string name = writable ? GeneratedNames.ArrayView(field.Name) : GeneratedNames.ReadOnlyArrayView(field.Name);
        string element = FieldFacts.ElementType(field);
        FieldType elementType = FieldFacts.Element(field);
        bool nested = elementType.Shape == FieldShape.Nested;
        string count = Text(field.ElementCount);
        string at = At("index * " + Text(field.ElementSize));
        string fullName = Quote(layout.Spec.Name + "." + field.Name);
        ByteOrder order = layout.Spec.Endian;

        // A default element view (default(Trade.PricesArray)) has a null _start too; its indexer reaches up to the field's
        // size from it. One created from a default Ref never gets here: the Ref's property checks when the array reaches
        // past the first page (its _start would be the field's offset, not null).
        string? checkedView = DefaultViewCheck.Needed(0, field.Size) ? layout.Spec.DottedName + "." + name : null;

        writer.Line($"/// <summary>{(writable ? "A writable" : "A read-only")} view of <c>{field.Name}</c>: {count} elements of {Text(field.ElementSize)} bytes, {FieldFacts.OrderText(order)}, each index checked.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"public readonly ref struct {name}");
        writer.Line("private readonly ref byte _start;");
        writer.Line();
        writer.Line($"internal {name}(ref byte start) => _start = ref start;");
        writer.Line();
        writer.Line("/// <summary>The number of elements.</summary>");
        writer.Line($"public int Length => {count};");
        writer.Line();
        writer.Line("/// <summary>The element at <paramref name=\"index\"/>; throws <c>ArgumentOutOfRangeException</c> outside 0 to Length - 1.</summary>");
        string indexerType = nested ? element + (writable ? ".Ref" : ".ReadOnlyRef") : element;
        writer.Open($"public {indexerType} this[int index]");
        if (nested)
        {
            string from = writable
                ? $"{element}.Ref.From({MemoryMarshal}.CreateSpan(ref {at}, {element}.Size))"
                : $"{element}.ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref {at}, {element}.Size))";
            WriteAccessor(writer, "get", count, checkedView, () => writer.Line("return " + from + ";"));
        }
        else
        {
            WriteAccessor(writer, "get", count, checkedView, () => ScalarCode.WriteReadBody(writer, elementType, at, order));
            if (writable)
            {
                writer.Line();
                WriteAccessor(writer, "set", count, checkedView, () => ScalarCode.WriteWriteBody(writer, elementType, at, "value", order));
            }
        }

        writer.Close();
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
            writer.Line($"{Support}.CheckArrayLength(values.Length, {count}, {fullName});");
            writer.Open($"for (int i = 0; i < {count}; i++)");
            writer.Line(nested ? "this[i].Store(values[i]);" : "this[i] = values[i];");
            writer.Close();
            writer.Close();
        }

        writer.Close();
    }

    private static void WriteAccessor(IndentedWriter writer, string accessor, string count, string? checkedView, Action body)
    {
        writer.Open(accessor);
        if (checkedView is not null)
        {
            DefaultViewCheck.Write(writer, checkedView);
        }

        writer.Open($"if ((uint)index >= {count}u)");
        writer.Line($"{Support}.ThrowIndexOutOfRange(index, {count});");
        writer.Close();
        writer.Line();
        body();
        writer.Close();
    }
}
