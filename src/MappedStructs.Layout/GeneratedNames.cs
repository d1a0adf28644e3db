using System.Collections.Generic;

namespace MappedStructs.Layout;

/// <summary>
/// The names the generator adds, in one place, so the engine can report collisions before the generator emits
/// code that would not compile.
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

    /// <summary>Members added to the layout type itself.</summary>
    public static IReadOnlyList<string> TypeMembers { get; } =
        [Ref, ReadOnlyRef, Layout, Size, Alignment, Fingerprint, LoadFrom, StoreTo, Offsets];

    /// <summary>Members of the generated <c>Ref</c>/<c>ReadOnlyRef</c> views besides the field properties.</summary>
    public static IReadOnlyList<string> ViewMembers { get; } = [From, Load, Store, StartField, BigEndianField, Ref, ReadOnlyRef];

    /// <summary>The writable element view generated for a fixed-array field whose elements are not exposed as a span.</summary>
    public static string ArrayView(string fieldName) => fieldName + "Array";

    /// <summary>The read-only element view generated for a fixed-array field whose elements are not exposed as a span.</summary>
    public static string ReadOnlyArrayView(string fieldName) => fieldName + "ReadOnlyArray";

    /// <summary>The raw-bytes property the views add beside a Utf8 field's string property.</summary>
    public static string Utf8Bytes(string fieldName) => fieldName + "Bytes";

    /// <summary>The interlocked methods <c>Ref</c> adds for an <c>[Atomic]</c> field.</summary>
    public static string AtomicExchange(string fieldName) => "Exchange" + fieldName;

    public static string AtomicCompareExchange(string fieldName) => "CompareExchange" + fieldName;

    public static string AtomicAdd(string fieldName) => "Add" + fieldName;

    /// <summary>View members generated for one field, besides the field's own property (empty for most fields).</summary>
    public static IReadOnlyList<string> ViewMembersFor(FieldSpec field)
    {
        var names = new List<string>();
        if (field.Utf8Length is not null || field.Type.Shape == FieldShape.String)
        {
            names.Add(Utf8Bytes(field.Name));
        }

        if (field.IsAtomic)
        {
            names.Add(AtomicExchange(field.Name));
            names.Add(AtomicCompareExchange(field.Name));
            names.Add(AtomicAdd(field.Name));
        }

        return names;
    }
}
