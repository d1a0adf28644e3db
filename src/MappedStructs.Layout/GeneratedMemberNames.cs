using System;
using System.Collections.Generic;
using System.Linq;

namespace MappedStructs.Layout;

/// <summary>
/// The names the generator emits for one layout: each generated member's preferred name (<see cref="GeneratedNames"/>),
/// or, when a member the user declares in the same scope already has it, that name with <c>_</c> appended until it is
/// free (protobuf's convention for generated-name clashes). The user's names always win. The one home of this rule:
/// the generator emits these names and the analyzers report each renaming (MAPS0017, Info).
/// </summary>
/// <remarks>
/// Two scopes are allocated, in a fixed order so that the result depends only on the <see cref="LayoutSpec"/>. The layout
/// type: taken are the type's own name, every field and every other member the user declares. The views (<c>Ref</c>,
/// <c>ReadOnlyRef</c>): taken are the field names (the views copy every field property) and the type-level generated
/// names the view code refers to by simple name (<see cref="Size"/>, <see cref="Offsets"/>, the views, the element views),
/// so that no view member shadows them and no reference needs qualifying. A name two generated members would share goes
/// to the first in that order; only a user member's name is reported as a collision.
/// </remarks>
/// <param name="Ref">The writable view type (<c>Ref</c>).</param>
/// <param name="ReadOnlyRef">The read-only view type (<c>ReadOnlyRef</c>).</param>
/// <param name="Layout">The static <c>LayoutInfo</c> property (<c>Layout</c>), one of the <c>IMappedLayout</c> members.</param>
/// <param name="Size">The record size constant (<c>Size</c>).</param>
/// <param name="Alignment">The record alignment constant (<c>Alignment</c>).</param>
/// <param name="Fingerprint">The fingerprint constant (<c>Fingerprint</c>).</param>
/// <param name="LoadFrom">The static copy-out method (<c>LoadFrom</c>), one of the <c>IMappedLayout</c> members.</param>
/// <param name="StoreTo">The static copy-in method (<c>StoreTo</c>), one of the <c>IMappedLayout</c> members.</param>
/// <param name="Offsets">The nested class of offset constants (<c>Offsets</c>).</param>
/// <param name="From">The views' factory methods (<c>From</c>).</param>
/// <param name="Load">The views' copy-out method (<c>Load</c>).</param>
/// <param name="Store">The writable view's copy-in method (<c>Store</c>).</param>
/// <param name="StartField">The views' private reference to the record's first byte (<c>_start</c>).</param>
/// <param name="BigEndianField">
/// The views' private byte-order flag (<c>_bigEndian</c>), allocated only for an <c>Endianness.PerView</c> layout, whose
/// views hold it; a fixed-order layout emits no flag, so a field of that name renames nothing there.
/// </param>
/// <param name="SpanFactory">
/// The views' factories of many consecutive records (<c>Span</c>), allocated only for a fixed-order layout: a record span
/// reaches its records through the order-less <c>IMappedLayout</c> members, so a per-view layout's views have none.
/// </param>
/// <param name="Fields">The names derived from each field, in declaration order.</param>
/// <param name="Collisions">Every generated member whose preferred name a user member has, in allocation order.</param>
/// <param name="RecordLengthField">
/// The views' private record length (<c>_length</c>), allocated only for a layout with fields added in later versions
/// (<c>Since</c> above 1), whose views hold it to know which of those fields a record has.
/// </param>
/// <param name="HeapField">
/// The views' private heap (<c>_heap</c>), allocated only for a layout with variable-length fields, whose views resolve
/// their references against it.
/// </param>
internal sealed record GeneratedMemberNames(
    string Ref,
    string ReadOnlyRef,
    string Layout,
    string Size,
    string Alignment,
    string Fingerprint,
    string LoadFrom,
    string StoreTo,
    string Offsets,
    string From,
    string Load,
    string Store,
    string StartField,
    string BigEndianField,
    string SpanFactory,
    EquatableArray<FieldMemberNames> Fields,
    EquatableArray<NameCollision> Collisions,
    string RecordLengthField = GeneratedNames.RecordLengthField,
    string HeapField = GeneratedNames.HeapField)
{
    /// <summary>Every preferred name, for a layout whose names are not known (the generator only emits layouts whose are).</summary>
    public static GeneratedMemberNames Preferred { get; } = new(
        GeneratedNames.Ref,
        GeneratedNames.ReadOnlyRef,
        GeneratedNames.Layout,
        GeneratedNames.Size,
        GeneratedNames.Alignment,
        GeneratedNames.Fingerprint,
        GeneratedNames.LoadFrom,
        GeneratedNames.StoreTo,
        GeneratedNames.Offsets,
        GeneratedNames.From,
        GeneratedNames.Load,
        GeneratedNames.Store,
        GeneratedNames.StartField,
        GeneratedNames.BigEndianField,
        GeneratedNames.SpanFactory,
        EquatableArray<FieldMemberNames>.Empty,
        EquatableArray<NameCollision>.Empty);

    /// <summary>Allocates the generated names of <paramref name="spec"/>.</summary>
    public static GeneratedMemberNames For(LayoutSpec spec)
    {
        var collisions = new List<NameCollision>();
        var fieldIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < spec.Fields.Count; i++)
        {
            if (!fieldIndexes.ContainsKey(spec.Fields[i].Name))
            {
                fieldIndexes.Add(spec.Fields[i].Name, i);
            }
        }

        var typeScope = new Scope(fieldIndexes, collisions);
        typeScope.TakeByUser(spec.Name);
        typeScope.TakeByUser(fieldIndexes.Keys);
        typeScope.TakeByUser(spec.OtherMemberNames);

        // A nested type hides a type of its name inside the layout, so a field typed as a layout named Ref would bind to the
        // generated view: the nested types the generator adds step aside from the simple names of the field types.
        for (int i = 0; i < spec.Fields.Count; i++)
        {
            typeScope.ReserveForFieldType(SimpleTypeName(spec.Fields[i].Type.TypeName), i);
        }

        string refView = typeScope.AllocateNestedType(GeneratedNames.Ref);
        string readOnlyRefView = typeScope.AllocateNestedType(GeneratedNames.ReadOnlyRef);
        string layout = typeScope.Allocate(GeneratedNames.Layout);
        string size = typeScope.Allocate(GeneratedNames.Size);
        string alignment = typeScope.Allocate(GeneratedNames.Alignment);
        string fingerprint = typeScope.Allocate(GeneratedNames.Fingerprint);
        string loadFrom = typeScope.Allocate(GeneratedNames.LoadFrom);
        string storeTo = typeScope.Allocate(GeneratedNames.StoreTo);
        string offsets = typeScope.AllocateNestedType(GeneratedNames.Offsets);

        // A type cannot have a member of its own name, so no element view may be named like one of its members.
        typeScope.TakeByGenerator(GeneratedNames.ElementViewMembers);
        var arrayViews = new (string Writable, string ReadOnly)[spec.Fields.Count];
        for (int i = 0; i < spec.Fields.Count; i++)
        {
            FieldSpec field = spec.Fields[i];
            arrayViews[i] = HasElementViews(field)
                ? (typeScope.AllocateNestedType(GeneratedNames.ArrayView(field.Name)), typeScope.AllocateNestedType(GeneratedNames.ReadOnlyArrayView(field.Name)))
                : (string.Empty, string.Empty);
        }

        var viewScope = new Scope(fieldIndexes, collisions);
        viewScope.TakeByUser(fieldIndexes.Keys);
        viewScope.TakeByGenerator([refView, readOnlyRefView, size, offsets]);
        foreach ((string writable, string readOnly) in arrayViews)
        {
            viewScope.TakeByGenerator([writable, readOnly]);
        }

        string from = viewScope.Allocate(GeneratedNames.From);
        string load = viewScope.Allocate(GeneratedNames.Load);
        string store = viewScope.Allocate(GeneratedNames.Store);
        string start = viewScope.Allocate(GeneratedNames.StartField);
        string bigEndian = spec.Endian == ByteOrder.PerView ? viewScope.Allocate(GeneratedNames.BigEndianField) : GeneratedNames.BigEndianField;
        string span = spec.Endian != ByteOrder.PerView ? viewScope.Allocate(GeneratedNames.SpanFactory) : GeneratedNames.SpanFactory;
        string length = spec.HasAddedFields ? viewScope.Allocate(GeneratedNames.RecordLengthField) : GeneratedNames.RecordLengthField;
        string heap = spec.Fields.Any(field => field.VariableLength != VariableLengthAttribute.None) ? viewScope.Allocate(GeneratedNames.HeapField) : GeneratedNames.HeapField;
        var fields = new FieldMemberNames[spec.Fields.Count];
        for (int i = 0; i < spec.Fields.Count; i++)
        {
            FieldSpec field = spec.Fields[i];
            string bytes = HasUtf8Bytes(field) ? viewScope.Allocate(GeneratedNames.Utf8Bytes(field.Name)) : string.Empty;
            bool atomic = field.IsAtomic;
            fields[i] = new FieldMemberNames(
                arrayViews[i].Writable,
                arrayViews[i].ReadOnly,
                bytes,
                atomic ? viewScope.Allocate(GeneratedNames.AtomicExchange(field.Name)) : string.Empty,
                atomic ? viewScope.Allocate(GeneratedNames.AtomicCompareExchange(field.Name)) : string.Empty,
                atomic ? viewScope.Allocate(GeneratedNames.AtomicAdd(field.Name)) : string.Empty,
                field.VariableLength != VariableLengthAttribute.None ? viewScope.Allocate(GeneratedNames.HeapReference(field.Name)) : string.Empty);
        }

        return new GeneratedMemberNames(
            refView, readOnlyRefView, layout, size, alignment, fingerprint, loadFrom, storeTo, offsets, from, load, store, start, bigEndian, span, new EquatableArray<FieldMemberNames>(fields), new EquatableArray<NameCollision>(collisions.ToArray()), length, heap);
    }

    /// <summary>
    /// The static class of <paramref name="spec"/>'s record extensions (<c>TradeRecordExtensions</c>), declared beside the
    /// outermost type in its namespace: with <c>_</c> appended while a type there has the name. Not a collision to report,
    /// since no code names the class (its members are found through the namespace).
    /// </summary>
    public static string RecordExtensionsFor(LayoutSpec spec)
    {
        var namespaceScope = new Scope(new Dictionary<string, int>(StringComparer.Ordinal), []);
        namespaceScope.TakeByGenerator(spec.RecordExtensionNamesTaken);
        return namespaceScope.Allocate(GeneratedNames.RecordExtensions(spec.ContainingTypes.Select(containing => containing.Name), spec.Name));
    }

    /// <summary>The names derived from the field at declaration index <paramref name="fieldIndex"/>.</summary>
    public FieldMemberNames Field(int fieldIndex) => Fields[fieldIndex];

    /// <summary>
    /// The simple name of a field's type as the parser writes it (<c>global::Ns.Outer.Ref[]</c> gives <c>Ref</c>): the name a
    /// nested type of the layout would hide.
    /// </summary>
    private static string SimpleTypeName(string typeName)
    {
        string name = typeName;
        while (name.EndsWith("[]", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 2);
        }

        int generic = name.IndexOf('<');
        if (generic >= 0)
        {
            name = name.Substring(0, generic);
        }

        int separator = name.LastIndexOfAny(['.', ':']);
        return separator >= 0 ? name.Substring(separator + 1) : name;
    }

    /// <summary>Whether fixed-array element views are reserved for the field (even a span array's, so a rename never depends on the byte order).</summary>
    private static bool HasElementViews(FieldSpec field) =>
        field.FixedArrayLength is not null || (field.Type.Shape == FieldShape.Array && field.VariableLength == VariableLengthAttribute.None);

    private static bool HasUtf8Bytes(FieldSpec field) => field.Utf8Length is not null || field.Type.Shape == FieldShape.String;

    /// <summary>The names taken in one scope, and who took them.</summary>
    private sealed class Scope(Dictionary<string, int> fieldIndexes, List<NameCollision> collisions)
    {
        private readonly HashSet<string> _byUser = new(StringComparer.Ordinal);
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _fieldTypes = new(StringComparer.Ordinal);

        public void TakeByUser(IEnumerable<string> names)
        {
            foreach (string name in names)
            {
                TakeByUser(name);
            }
        }

        public void TakeByUser(string name)
        {
            _byUser.Add(name);
            _taken.Add(name);
        }

        public void TakeByGenerator(IEnumerable<string> names)
        {
            foreach (string name in names)
            {
                if (name.Length > 0)
                {
                    _taken.Add(name);
                }
            }
        }

        /// <summary>
        /// Reserves the simple name of the type of the field at <paramref name="fieldIndex"/> for the nested types only: a
        /// method or constant may share a type's name (a type context looks up types alone), so only a generated nested type
        /// steps aside. The first field of that type is where the collision is reported.
        /// </summary>
        public void ReserveForFieldType(string name, int fieldIndex)
        {
            if (!_fieldTypes.ContainsKey(name))
            {
                _fieldTypes.Add(name, fieldIndex);
            }
        }

        /// <summary>The preferred name, or it with <c>_</c> appended until free; takes the result.</summary>
        public string Allocate(string preferred) => Allocate(preferred, nestedType: false);

        /// <summary><see cref="Allocate(string)"/> for a nested type, which also steps aside from the field types' names.</summary>
        public string AllocateNestedType(string preferred) => Allocate(preferred, nestedType: true);

        private string Allocate(string preferred, bool nestedType)
        {
            string name = preferred;
            while (_taken.Contains(name) || (nestedType && _fieldTypes.ContainsKey(name)))
            {
                name += "_";
            }

            if (_byUser.Contains(preferred))
            {
                collisions.Add(new NameCollision(preferred, fieldIndexes.TryGetValue(preferred, out int index) ? index : -1, name));
            }
            else if (nestedType && _fieldTypes.TryGetValue(preferred, out int typedField))
            {
                collisions.Add(new NameCollision(preferred, typedField, name));
            }

            _taken.Add(name);
            return name;
        }
    }
}
