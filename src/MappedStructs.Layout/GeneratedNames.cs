using System.Collections.Generic;

namespace MappedStructs.Layout;

/// <summary>
/// The names the generator prefers for the members it adds, in one place. <see cref="GeneratedMemberNames"/> gives each
/// layout the names it actually gets: these, unless a user member already has one.
/// </summary>
internal static class GeneratedNames
{
    public const string Ref = "Ref";
    public const string ReadOnlyRef = "ReadOnlyRef";
    public const string Layout = "Layout";
    public const string Size = "Size";
    public const string Alignment = "Alignment";
    public const string Fingerprint = "Fingerprint";
    public const string LoadFrom = "LoadFrom";
    public const string StoreTo = "StoreTo";
    public const string Offsets = "Offsets";

    /// <summary>The view members (<c>Ref.From</c>, <c>Ref.Load</c>, ...) that a field property inside the views must not shadow.</summary>
    public const string From = "From";
    public const string Load = "Load";
    public const string Store = "Store";
    public const string StartField = "_start";

    /// <summary>The private flag a view of an <c>Endianness.PerView</c> layout holds: whether it reads big-endian.</summary>
    public const string BigEndianField = "_bigEndian";

    /// <summary>The private length a view of a layout with fields added in later versions holds: the bytes of its record.</summary>
    public const string RecordLengthField = "_length";

    /// <summary>The private heap a view of a layout with variable-length fields holds: where its references resolve.</summary>
    public const string HeapField = "_heap";

    /// <summary>The members of a fixed array's element view besides its indexer.</summary>
    public static IReadOnlyList<string> ElementViewMembers { get; } = [StartField, BigEndianField, "Length", "ToArray", "CopyFrom"];

    /// <summary>The static factories on <c>Ref</c>/<c>ReadOnlyRef</c> that view many consecutive records: <c>Trade.ReadOnlyRef.Span(view, offset, count)</c>.</summary>
    public const string SpanFactory = "Span";

    /// <summary>
    /// The members of the runtime's <c>MappedRecord&lt;T&gt;</c> and <c>ReadOnlyMappedRecord&lt;T&gt;</c> (their own and
    /// <c>object</c>'s). An instance member always wins over an extension member, so a field named like one of these gets
    /// no extension property on the records (its view still has it).
    /// </summary>
    public static IReadOnlyList<string> RecordMembers { get; } = ["Bytes", Load, Store, "Equals", "GetHashCode", "ToString", "GetType"];

    /// <summary>Members added to the layout type itself.</summary>
    public static IReadOnlyList<string> TypeMembers { get; } =
        [Ref, ReadOnlyRef, Layout, Size, Alignment, Fingerprint, LoadFrom, StoreTo, Offsets];

    /// <summary>
    /// Whether <paramref name="name"/> is what a generated member that prefers <paramref name="preferred"/> can be emitted as:
    /// the name itself, or it with <c>_</c> appended (<see cref="GeneratedMemberNames"/>). Lets the access analyzers
    /// recognise generated members by symbol without re-allocating each layout's names.
    /// </summary>
    public static bool Matches(string name, string preferred)
    {
        if (name.Length < preferred.Length || string.CompareOrdinal(name, 0, preferred, 0, preferred.Length) != 0)
        {
            return false;
        }

        for (int i = preferred.Length; i < name.Length; i++)
        {
            if (name[i] != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> is what a generated view type (<c>Ref</c>, <c>ReadOnlyRef</c>) can be emitted as.</summary>
    public static bool IsViewName(string name) => Matches(name, Ref) || Matches(name, ReadOnlyRef);

    /// <summary>
    /// The static class of C# 14 extension members that gives a layout's record slots its fields (<c>TradeRecordExtensions</c>;
    /// a layout nested in types joins their names with <c>_</c>: <c>Outer_FrameRecordExtensions</c>). It is declared beside
    /// the outermost type, since extension blocks live only in top-level static classes.
    /// </summary>
    public static string RecordExtensions(IEnumerable<string> containingTypes, string layoutName)
    {
        var parts = new List<string>(containingTypes) { layoutName };
        return string.Join("_", parts) + "RecordExtensions";
    }

    /// <summary>The writable element view generated for a fixed-array field whose elements are not exposed as a span.</summary>
    public static string ArrayView(string fieldName) => fieldName + "Array";

    /// <summary>The read-only element view generated for a fixed-array field whose elements are not exposed as a span.</summary>
    public static string ReadOnlyArrayView(string fieldName) => fieldName + "ReadOnlyArray";

    /// <summary>The raw-bytes property the views add beside a Utf8 field's string property.</summary>
    public static string Utf8Bytes(string fieldName) => fieldName + "Bytes";

    /// <summary>The property the views add for a variable-length field's heap reference (its offset and length in the heap).</summary>
    public static string HeapReference(string fieldName) => fieldName + "Reference";

    /// <summary>The interlocked methods <c>Ref</c> adds for an <c>[Atomic]</c> field.</summary>
    public static string AtomicExchange(string fieldName) => "Exchange" + fieldName;

    public static string AtomicCompareExchange(string fieldName) => "CompareExchange" + fieldName;

    public static string AtomicAdd(string fieldName) => "Add" + fieldName;
}
