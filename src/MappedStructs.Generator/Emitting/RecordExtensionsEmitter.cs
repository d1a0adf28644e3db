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

    private static readonly string[] s_enumeratorNames = ["RefEnumerator", "RecordRefEnumerator"];

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
        string enumerator = EnumeratorName(layout);
        foreach (TypedSource source in s_typedSources)
        {
            writer.Line();
            WriteTypedAccess(writer, layout, source, enumerator);
        }

        writer.Line();
        WriteEnumerator(writer, layout, enumerator);
        writer.Close();
    }

    /// <summary>
    /// The writable collections whose records get typed members: <c>table.Ref(i).Price = 5;</c> and
    /// <c>foreach (var r in table.EnumerateRefs()) r.Price = 5;</c>. C# gives an extension setter only a receiver that is
    /// a variable, and neither an indexer's result nor a <c>foreach</c> variable is one, so writes need the view's own
    /// type, whose setters are members of a readonly struct.
    /// </summary>
    private static readonly TypedSource[] s_typedSources =
    [
        new("MappedTable", "table", "the table's", "table.Records"),
        new("RecordSpan", "records", "the span's", "records"),
    ];

    private static void WriteTypedAccess(IndentedWriter writer, ResolvedLayout layout, TypedSource source, string enumerator)
    {
        string self = layout.Spec.QualifiedName;
        string view = self + "." + layout.Names.Ref;
        writer.Open($"extension(global::MappedStructs.{source.Type}<{self}> {source.Receiver})");
        foreach (string index in new[] { "long", "int", "global::System.Index" })
        {
            writer.Line($"/// <summary>The record at <paramref name=\"index\"/> of {source.Owner} records as <c>{layout.Names.Ref}</c>, writable in place: <c>{source.Receiver}.Ref(i).{FirstSettableName(layout)} = value;</c>.</summary>");
            writer.Line($"public {view} Ref({index} index) => {source.Receiver}[index];");
            writer.Line();
        }

        writer.Line($"/// <summary>Enumerates {source.Owner} records as <c>{layout.Names.Ref}</c>, so <c>foreach (var r in {source.Receiver}.EnumerateRefs())</c> can write each one in place.</summary>");
        writer.Line($"public {Id(enumerator)} EnumerateRefs() => new({source.Records});");
        writer.Close();
    }

    private static void WriteEnumerator(IndentedWriter writer, ResolvedLayout layout, string enumerator)
    {
        string self = layout.Spec.QualifiedName;
        string view = self + "." + layout.Names.Ref;
        string records = $"global::MappedStructs.RecordSpan<{self}>";
        writer.Line($"/// <summary>Enumerates records as <c>{layout.Names.Ref}</c>: the record span's enumerator, typed.</summary>");
        writer.Open($"public ref struct {Id(enumerator)}");
        writer.Line($"private {records}.Enumerator _records;");
        writer.Line();
        writer.Line("/// <summary>Starts before the first record of <paramref name=\"records\"/>.</summary>");
        writer.Line($"public {Id(enumerator)}({records} records) => _records = records.GetEnumerator();");
        writer.Line();
        writer.Line("/// <summary>The current record.</summary>");
        writer.Line($"public readonly {view} Current => _records.Current;");
        writer.Line();
        writer.Line("/// <summary>Advances to the next record; false after the last one.</summary>");
        writer.Line("public bool MoveNext() => _records.MoveNext();");
        writer.Line();
        writer.Line("/// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>");
        writer.Line($"public readonly {Id(enumerator)} GetEnumerator() => this;");
        writer.Close();
    }

    /// <summary>A name for the typed enumerator that no forwarded member takes in the same class.</summary>
    private static string EnumeratorName(ResolvedLayout layout) => FreeName(layout, s_enumeratorNames);

    private static string FirstSettableName(ResolvedLayout layout) =>
        Forwarded(layout, writable: true).FirstOrDefault(member => member.Settable)?.Name ?? FirstFieldName(layout);

    private sealed class TypedSource(string type, string receiver, string owner, string records)
    {
        public string Type { get; } = type;

        public string Receiver { get; } = receiver;

        public string Owner { get; } = owner;

        public string Records { get; } = records;
    }

    private static void WriteBlock(IndentedWriter writer, ResolvedLayout layout, string receiver, bool writable)
    {
        string self = layout.Spec.QualifiedName;
        string view = self + "." + (writable ? layout.Names.Ref : layout.Names.ReadOnlyRef);
        string slot = $"global::MappedStructs.{(writable ? "MappedRecord" : "ReadOnlyMappedRecord")}<{self}>";
        string target = $"(({view}){receiver})";

        // A writable slot's getters read through the read-only view, so they work on a table opened MapAccess.Read, whose
        // slots refuse only the conversion to Ref that writes go through.
        string readTarget = writable
            ? $"(({self}.{layout.Names.ReadOnlyRef})(global::MappedStructs.ReadOnlyMappedRecord<{self}>){receiver})"
            : target;
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
                member.Settable ? member.AccessOn(readTarget) : member.AccessOn(target),
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
    private static string ReceiverName(ResolvedLayout layout) => FreeName(layout, s_receiverNames);

    /// <summary>The first of <paramref name="candidates"/> that no view member takes, else the first with a number no member takes.</summary>
    private static string FreeName(ResolvedLayout layout, string[] candidates)
    {
        var taken = new HashSet<string>(layout.Fields.SelectMany(field => FieldEmitter.For(field).ViewMembers(layout, field, writable: true)).Select(member => member.Name));
        return candidates.FirstOrDefault(candidate => !taken.Contains(candidate)) ?? candidates[0] + Text(taken.Count);
    }

    private static string FirstFieldName(ResolvedLayout layout) => Forwarded(layout, writable: false).First().Name;
}
