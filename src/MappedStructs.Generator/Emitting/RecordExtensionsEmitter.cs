using System.Collections.Generic;
using System.Linq;
using MappedStructs.Generator.Emitting.Fields;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Writes the layout's record extensions: a static class of C# 14 extension blocks that gives the runtime's
/// <c>MappedRecord&lt;T&gt;</c> and <c>ReadOnlyMappedRecord&lt;T&gt;</c> every member of <c>Ref</c> and <c>ReadOnlyRef</c>, each a
/// one-line forward through the views' implicit conversions. Every table and record-span API that yields a record slot
/// (indexers, <c>foreach</c>, search selectors) is then typed: <c>foreach (var r in table) total += r.Price;</c>. The
/// members come from the field emitters' <see cref="FieldEmitter.ViewMembers"/>, so no field logic is written twice.
/// </summary>
internal static class RecordExtensionsEmitter
{
    private static readonly string[] s_receiverNames = ["record", "slot", "recordSlot"];

    /// <summary>
    /// Whether the layout gets record extensions: it is visible outside its containing types, has a member to forward, and
    /// has one byte order (tables refuse a layout whose order is chosen per view, and its slots could not convert to a view).
    /// </summary>
    public static bool Applies(ResolvedLayout layout) =>
        layout.Spec.Endian != ByteOrder.PerView && Accessibility(layout.Spec) is not null && Forwarded(layout, writable: false).Any();

    /// <summary>Writes the class (call inside the layout's namespace, outside its containing types).</summary>
    public static void Write(IndentedWriter writer, ResolvedLayout layout)
    {
        LayoutSpec spec = layout.Spec;
        string name = GeneratedMemberNames.RecordExtensionsFor(spec);
        string receiver = ReceiverName(layout);
        writer.Line($"/// <summary>The fields of <c>{spec.DottedName}</c> on the record slots tables and record spans yield: <c>foreach (var r in table) total += r.{FirstFieldName(layout)};</c> reads in place.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"{Accessibility(spec)} static class {Id(name)}");
        WriteBlock(writer, layout, receiver, writable: false);
        writer.Line();
        WriteBlock(writer, layout, receiver, writable: true);
        writer.Close();
    }

    private static void WriteBlock(IndentedWriter writer, ResolvedLayout layout, string receiver, bool writable)
    {
        string self = layout.Spec.QualifiedName;
        string view = self + "." + (writable ? layout.Names.Ref : layout.Names.ReadOnlyRef);
        string slot = $"global::MappedStructs.{(writable ? "MappedRecord" : "ReadOnlyMappedRecord")}<{self}>";
        string target = $"(({view}){receiver})";
        writer.Open($"extension({slot} {receiver})");
        bool first = true;
        foreach (ViewMember member in Forwarded(layout, writable))
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Line($"/// <inheritdoc cref=\"{view}.{Id(member.Name)}\"/>");
            Members.Property(
                writer,
                member.Signature,
                member.AccessOn(target),
                member.Settable ? $"{member.AccessOn(target)} = value" : null);
        }

        writer.Close();
    }

    /// <summary>The view's members an extension can give the record slot: those not hidden by the slot's own members.</summary>
    private static IEnumerable<ViewMember> Forwarded(ResolvedLayout layout, bool writable) =>
        layout.Fields
            .SelectMany(field => FieldEmitter.For(field).ViewMembers(layout, field, writable))
            .Where(member => !GeneratedNames.RecordMembers.Contains(member.Name));

    /// <summary>
    /// <c>public</c> when the layout and every type around it are public, <c>internal</c> when one is internal, null when one
    /// is private or protected: a top-level class cannot name such a type.
    /// </summary>
    private static string? Accessibility(LayoutSpec spec)
    {
        string result = "public";
        foreach (string accessibility in spec.ContainingTypes.Select(containing => containing.Accessibility).Append(spec.Accessibility))
        {
            switch (accessibility)
            {
                case "public":
                    break;
                case "internal" or "protected internal":
                    result = "internal";
                    break;
                default:
                    return null;
            }
        }

        return result;
    }

    /// <summary>A receiver name no field member takes, so that every forward reads the receiver and not a member.</summary>
    private static string ReceiverName(ResolvedLayout layout)
    {
        var taken = new HashSet<string>(layout.Fields.SelectMany(field => FieldEmitter.For(field).ViewMembers(layout, field, writable: true)).Select(member => member.Name));
        return s_receiverNames.FirstOrDefault(candidate => !taken.Contains(candidate)) ?? "record" + Text(taken.Count);
    }

    private static string FirstFieldName(ResolvedLayout layout) => Forwarded(layout, writable: false).First().Name;
}
