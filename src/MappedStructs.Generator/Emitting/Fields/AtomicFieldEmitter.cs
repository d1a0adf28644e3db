using System.Collections.Generic;
using MappedStructs.Layout;

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

        // Every operation but the read writes: checked for an added field, refused for a deprecated one.
        string Update(string operation, string arguments) => VersionedAccess.IsDeprecated(field)
            ? VersionedAccess.DeprecatedWrite(view.Layout, field)
            : ScalarCode.Atomic(operation, type, view.Order, view.OrderFlag, VersionedAccess.WriteStart(view, field, view.Start(field)), view.OffsetOf(field), arguments);

        IReadOnlyList<ViewMember> members = ViewMembers(view.Layout, field, view.Writable);
        writer.Line(ViewContext.Summary(field) + ", atomic: reads and writes are volatile.</summary>");
        Members.Property(writer, members[0].Signature, VersionedAccess.Getter(view, field, Call("Read")), view.Writable ? Update("Write", "value") : null);
        if (!view.Writable)
        {
            return;
        }

        writer.Line();
        writer.Line($"/// <summary>Atomically replaces <c>{field.Name}</c> with <paramref name=\"value\"/> and returns the previous value.</summary>");
        writer.Line($"{members[1].Signature} => {Update("Exchange", "value")};");
        writer.Line();
        writer.Line($"/// <summary>Atomically replaces <c>{field.Name}</c> with <paramref name=\"value\"/> if it equals <paramref name=\"comparand\"/>; returns the value found.</summary>");
        writer.Line($"{members[2].Signature} => {Update("CompareExchange", "value, comparand")};");
        writer.Line();
        writer.Line($"/// <summary>Atomically adds <paramref name=\"delta\"/> to <c>{field.Name}</c> (wrapping on overflow) and returns the new value.</summary>");
        writer.Line($"{members[3].Signature} => {Update("Add", "delta")};");
    }

    public override string StoreStatement(ViewContext view, ResolvedField field)
    {
        if (VersionedAccess.IsDeprecated(field))
        {
            // The bytes stay defined for older readers, which still read the field: they get its default.
            return ScalarCode.Atomic("Write", field.Spec.Type, view.Order, view.OrderFlag, view.Start(field), view.OffsetOf(field), VersionedAccess.DefaultValue(field)) + ";";
        }

        string store = StoreStatement(view.Layout, field);
        return VersionedAccess.IsAdded(field) ? VersionedAccess.GuardedStore(view, field, store) : store;
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable)
    {
        string valueType = ScalarCode.ValueType(field.Spec.Type);
        var property = new ViewMember(valueType, field.Name, writable);
        FieldMemberNames names = layout.Names.Field(field.Index);
        return writable
            ?
            [
                property,
                new ViewMember(valueType, names.Exchange, Parameters: $"{valueType} value", Arguments: "value"),
                new ViewMember(valueType, names.CompareExchange, Parameters: $"{valueType} value, {valueType} comparand", Arguments: "value, comparand"),
                new ViewMember(valueType, names.Add, Parameters: $"{valueType} delta", Arguments: "delta"),
            ]
            : [property];
    }
}
