using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// An <c>[Atomic]</c> field: a volatile property and, on <c>Ref</c>, <c>Exchange</c>/<c>CompareExchange</c>/<c>Add</c>
/// methods, all over the runtime's atomic helpers for the layout's byte order (interlocked operations on the field's own
/// bytes, with the values swapped around them when the host's byte order differs).
/// </summary>
internal sealed class AtomicFieldEmitter : FieldEmitter
{
    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        IndentedWriter writer = view.Writer;
        FieldType type = field.Spec.Type;
        string valueType = ScalarCode.ValueType(type);
        string Call(string operation, string arguments = "") =>
            ScalarCode.Atomic(operation, type, view.Order, view.OrderFlag, view.Start(field), view.OffsetOf(field), arguments);

        writer.Line(ViewContext.Summary(field) + ", atomic: reads and writes are volatile.</summary>");
        Members.Property(writer, $"public {valueType} {Id(field.Name)}", Call("Read"), view.Writable ? Call("Write", "value") : null);
        if (!view.Writable)
        {
            return;
        }

        writer.Line();
        writer.Line($"/// <summary>Atomically replaces <c>{field.Name}</c> with <paramref name=\"value\"/> and returns the previous value.</summary>");
        writer.Line($"public {valueType} {view.FieldNames(field).Exchange}({valueType} value) => {Call("Exchange", "value")};");
        writer.Line();
        writer.Line($"/// <summary>Atomically replaces <c>{field.Name}</c> with <paramref name=\"value\"/> if it equals <paramref name=\"comparand\"/>; returns the value found.</summary>");
        writer.Line($"public {valueType} {view.FieldNames(field).CompareExchange}({valueType} value, {valueType} comparand) => {Call("CompareExchange", "value, comparand")};");
        writer.Line();
        writer.Line($"/// <summary>Atomically adds <paramref name=\"delta\"/> to <c>{field.Name}</c> (wrapping on overflow) and returns the new value.</summary>");
        writer.Line($"public {valueType} {view.FieldNames(field).Add}({valueType} delta) => {Call("Add", "delta")};");
    }
}
