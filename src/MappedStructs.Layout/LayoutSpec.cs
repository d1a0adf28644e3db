using System.Text;

namespace MappedStructs.Layout;

/// <summary>
/// What the user declared on one <c>[MappedLayout]</c> type, as plain equatable data: no symbols, syntax or locations.
/// Produced by <c>LayoutSpecParser</c> (generator and analyzers), consumed by <see cref="LayoutEngine"/>.
/// </summary>
/// <param name="Name">The type's simple name.</param>
/// <param name="Namespace">The containing namespace (<c>A.B</c>), or empty for the global namespace.</param>
/// <param name="ContainingTypes">Enclosing types, outermost first.</param>
/// <param name="Accessibility">The accessibility keyword(s): <c>public</c>, <c>internal</c>, <c>private</c>, <c>protected internal</c>...</param>
/// <param name="TypeKind">The kind of type.</param>
/// <param name="IsPartial">Whether the type is declared partial.</param>
/// <param name="IsReadOnly">Whether the struct is declared readonly.</param>
/// <param name="IsGeneric">Whether the type has type parameters (not supported).</param>
/// <param name="Size">The declared <c>Size</c> (0 = computed).</param>
/// <param name="Endian">The declared byte order.</param>
/// <param name="Pack">The declared <c>Pack</c> (0 = natural alignment).</param>
/// <param name="Fields">The fields in declaration order.</param>
/// <param name="OtherMemberNames">Names of the type's other user-declared members (methods, non-field properties, nested types...), for collision checks.</param>
/// <param name="UnboundArgument">
/// The named argument of <c>[MappedLayout]</c> (<c>Size</c>, <c>Pack</c>) that has no readable constant value, or null;
/// such an argument is read as 0.
/// </param>
/// <param name="RecordExtensionNamesTaken">
/// The names in the layout's namespace like its record extension class (<c>TradeRecordExtensions</c>, or it with <c>_</c>
/// appended) that the class must not take: those of the types declared there, and those that the classes of other layouts
/// preferring the same name take first (<c>Outer.Packet</c> and a top-level <c>Outer_Packet</c>).
/// </param>
/// <param name="Version">The declared <c>Version</c>, 1 by default.</param>
/// <param name="FileLocalTypeName">
/// The name of the type declared <c>file</c> that the layout is or is nested in (its own name, or an enclosing type's), or
/// null when there is none.
/// </param>
internal sealed record LayoutSpec(
    string Name,
    string Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Accessibility,
    LayoutTypeKind TypeKind,
    bool IsPartial,
    bool IsReadOnly,
    bool IsGeneric,
    int Size,
    ByteOrder Endian,
    int Pack,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<string> OtherMemberNames,
    string? UnboundArgument = null,
    EquatableArray<string> RecordExtensionNamesTaken = default,
    int Version = 1,
    string? FileLocalTypeName = null)
{
    /// <summary>The fully qualified C# name, <c>global::Ns.Outer.Trade</c>: the key nested fields use to refer to this layout.</summary>
    public string QualifiedName => "global::" + CSharpIdentifiers.EscapeDotted(DottedName);

    /// <summary><c>Ns.Outer.Trade</c> (no <c>global::</c>): the name shown in layout tables and used for hint names.</summary>
    public string DottedName
    {
        get
        {
            var name = new StringBuilder();
            if (Namespace.Length > 0)
            {
                name.Append(Namespace).Append('.');
            }

            foreach (ContainingTypeSpec containing in ContainingTypes)
            {
                name.Append(containing.Name).Append('.');
            }

            return name.Append(Name).ToString();
        }
    }

    /// <summary>
    /// Whether any field was added after version 1 (<c>Since</c> above 1): records of older files lack it, so the views hold
    /// their record's length.
    /// </summary>
    public bool HasAddedFields
    {
        get
        {
            foreach (FieldSpec declared in Fields)
            {
                if (declared.Since > 1)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether any field carries <c>[Field(offset)]</c>; if so, the layout is explicit.</summary>
    public bool HasExplicitOffsets
    {
        get
        {
            foreach (FieldSpec declared in Fields)
            {
                if (declared.ExplicitOffset is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
