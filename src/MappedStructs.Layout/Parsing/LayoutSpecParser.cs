using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.Layout;

/// <summary>
/// Turns a <c>[MappedLayout]</c> type symbol into a <see cref="LayoutSpec"/> (plain data). Shared by the generator and the
/// analyzers, so both see the same fields in the same order: <see cref="FieldProperties"/> gives the property symbol of
/// each <see cref="LayoutSpec.Fields"/> index, which is how a violation's field index maps back to a source location.
/// </summary>
internal static class LayoutSpecParser
{
    /// <summary>Parses <paramref name="type"/> and every layout it nests.</summary>
    public static LayoutSpecSet ParseWithNested(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        LayoutSpec root = Parse(type, cancellationToken);
        var nested = new List<LayoutSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.QualifiedName };
        var pending = new Queue<INamedTypeSymbol>(NestedLayoutTypes(type));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamedTypeSymbol next = pending.Dequeue();
            LayoutSpec spec = Parse(next, cancellationToken);
            if (seen.Add(spec.QualifiedName))
            {
                nested.Add(spec);
                foreach (INamedTypeSymbol inner in NestedLayoutTypes(next))
                {
                    pending.Enqueue(inner);
                }
            }
        }

        return new LayoutSpecSet(root, nested.ToEquatableArray());
    }

    /// <summary>Parses one layout type (nested layouts are referenced by name only).</summary>
    public static LayoutSpec Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        AttributeData? layout = FindAttribute(type, AttributeNames.MappedLayout);
        int size = 0;
        int pack = 0;
        int version = 1;
        ByteOrder endian = ByteOrder.Little;
        string? unbound = null;
        if (layout is not null)
        {
            unbound = UnboundLayoutArgument(layout, cancellationToken);
            foreach (KeyValuePair<string, TypedConstant> argument in layout.NamedArguments)
            {
                switch (argument.Key)
                {
                    case AttributeNames.SizeArgument when argument.Value.Value is int s:
                        size = s;
                        break;
                    case AttributeNames.PackArgument when argument.Value.Value is int p:
                        pack = p;
                        break;
                    case AttributeNames.VersionArgument when argument.Value.Value is int v:
                        version = v;
                        break;
                    case AttributeNames.EndianArgument:
                        endian = argument.Value.Value is int e && e is (int)ByteOrder.Big or (int)ByteOrder.PerView ? (ByteOrder)e : ByteOrder.Little;
                        break;
                }
            }
        }

        IReadOnlyList<IPropertySymbol> properties = FieldProperties(type);
        var fields = new List<FieldSpec>(properties.Count);
        foreach (IPropertySymbol property in properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            fields.Add(ParseField(property));
        }

        var containing = new List<ContainingTypeSpec>();
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, new ContainingTypeSpec(
                Keyword(outer), outer.Name, IsPartial(outer, cancellationToken), outer.TypeParameters.Length > 0, outer.IsStatic, AccessibilityText(outer.DeclaredAccessibility)));
        }

        return new LayoutSpec(
            type.Name,
            NamespaceOf(type),
            containing.ToEquatableArray(),
            AccessibilityText(type.DeclaredAccessibility),
            KindOf(type),
            IsPartial(type, cancellationToken),
            type.IsReadOnly,
            type.TypeParameters.Length > 0,
            size,
            endian,
            pack,
            fields.ToEquatableArray(),
            OtherMemberNames(type, properties).ToEquatableArray(),
            unbound,
            RecordExtensionNamesTaken(type, containing).ToEquatableArray(),
            version,
            FileLocalTypeName(type));
    }

    /// <summary>
    /// The name of the <c>file</c> type the layout is or is nested in, else null. Only a top-level type can be declared
    /// <c>file</c>, and a type nested in one is just as bound to its file, so the outermost type decides.
    /// </summary>
    private static string? FileLocalTypeName(INamedTypeSymbol type)
    {
        INamedTypeSymbol outermost = type;
        while (outermost.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        return outermost.IsFileLocal ? outermost.Name : null;
    }

    /// <summary>
    /// The names in the layout's namespace that its record extension class must not take (its preferred name, or it with
    /// <c>_</c> appended): those of the types declared there, then those the extension classes of the other layouts that
    /// prefer the same name get first (<see cref="CompetingLayoutsFirst"/>). Only those, so that an unrelated type added to
    /// the namespace leaves the spec equal.
    /// </summary>
    private static List<string> RecordExtensionNamesTaken(INamedTypeSymbol type, List<ContainingTypeSpec> containing)
    {
        string preferred = GeneratedNames.RecordExtensions(containing.Select(outer => outer.Name), type.Name);
        INamedTypeSymbol outermost = type;
        while (outermost.ContainingType is not null)
        {
            outermost = outermost.ContainingType;
        }

        var taken = new List<string>();
        foreach (INamedTypeSymbol declared in outermost.ContainingNamespace.GetTypeMembers())
        {
            if (GeneratedNames.Matches(declared.Name, preferred) && !taken.Contains(declared.Name))
            {
                taken.Add(declared.Name);
            }
        }

        // Every competitor allocates from the same declared names in the same order, so the i-th gets the i-th free name.
        int first = CompetingLayoutsFirst(type, outermost.ContainingNamespace, preferred);
        string next = preferred;
        for (int i = 0; i < first; i++)
        {
            while (taken.Contains(next))
            {
                next += "_";
            }

            taken.Add(next);
        }

        taken.Sort(StringComparer.Ordinal);
        return taken;
    }

    /// <summary>
    /// How many other layouts declared in source in <paramref name="scope"/> prefer the record extension name
    /// <paramref name="preferred"/> (<c>Outer.Packet</c> and <c>Outer_Packet</c> both prefer <c>Outer_PacketRecordExtensions</c>)
    /// and come first: fewer containing types first, so a top-level layout keeps its name, then by containing path.
    /// </summary>
    private static int CompetingLayoutsFirst(INamedTypeSymbol type, INamespaceSymbol scope, string preferred)
    {
        (int Depth, string Path) own = RankKey(type);
        int count = 0;
        var pending = new Stack<(INamedTypeSymbol Type, string Prefix)>();
        foreach (INamedTypeSymbol member in scope.GetTypeMembers())
        {
            pending.Push((member, string.Empty));
        }

        while (pending.Count > 0)
        {
            (INamedTypeSymbol candidate, string prefix) = pending.Pop();
            string path = prefix + candidate.Name;
            if (!SymbolEqualityComparer.Default.Equals(candidate, type)
                && string.Equals(path + "RecordExtensions", preferred, StringComparison.Ordinal)
                && candidate.DeclaringSyntaxReferences.Length > 0
                && IsMappedLayout(candidate))
            {
                (int Depth, string Path) key = RankKey(candidate);
                if (key.Depth < own.Depth || (key.Depth == own.Depth && string.CompareOrdinal(key.Path, own.Path) < 0))
                {
                    count++;
                }
            }

            // Only a type whose path starts the preferred name can contain a competitor.
            string nestedPrefix = path + "_";
            if (preferred.StartsWith(nestedPrefix, StringComparison.Ordinal))
            {
                foreach (INamedTypeSymbol nested in candidate.GetTypeMembers())
                {
                    pending.Push((nested, nestedPrefix));
                }
            }
        }

        return count;
    }

    /// <summary>The order of layouts competing for one record extension name: containing-type depth, then dotted path.</summary>
    private static (int Depth, string Path) RankKey(INamedTypeSymbol type)
    {
        int depth = 0;
        string path = type.Name;
        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            depth++;
            path = outer.Name + "." + path;
        }

        return (depth, path);
    }

    /// <summary>
    /// The named argument of <c>[MappedLayout]</c> written in source that has no readable int value (<c>Size = </c> being
    /// typed, or a constant that does not bind), or null. Roslyn leaves such an argument out of <see cref="AttributeData.NamedArguments"/>
    /// (or gives it an error value), so the source says which one the user wrote.
    /// </summary>
    private static string? UnboundLayoutArgument(AttributeData layout, CancellationToken cancellationToken)
    {
        if (layout.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } arguments })
        {
            return null;
        }

        foreach (AttributeArgumentSyntax argument in arguments.Arguments)
        {
            string? name = argument.NameEquals?.Name.Identifier.ValueText;
            if (name is AttributeNames.SizeArgument or AttributeNames.PackArgument or AttributeNames.VersionArgument
                && !layout.NamedArguments.Any(named => named.Key == name && named.Value.Value is int))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The properties that are layout fields, in declaration order: instance, non-indexer properties that are auto-properties
    /// or carry a mapping attribute. Index <c>i</c> here is field index <c>i</c> of the parsed <see cref="LayoutSpec"/>.
    /// </summary>
    public static IReadOnlyList<IPropertySymbol> FieldProperties(INamedTypeSymbol type)
    {
        var autoProperties = new HashSet<ISymbol>(
            type.GetMembers().OfType<IFieldSymbol>().Select(f => f.AssociatedSymbol).Where(s => s is not null)!,
            SymbolEqualityComparer.Default);
        var result = new List<IPropertySymbol>();
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property
                && (autoProperties.Contains(property) || HasMappingAttribute(property)))
            {
                result.Add(property);
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="type"/> carries <c>[MappedLayout]</c>.</summary>
    public static bool IsMappedLayout(ITypeSymbol type) => FindAttribute(type, AttributeNames.MappedLayout) is not null;

    /// <summary>
    /// Parses one field property: its type and what its mapping attributes state (offset, Utf8 and fixed-array lengths,
    /// atomicity), as the engine will see them.
    /// </summary>
    public static FieldSpec ParseField(IPropertySymbol property)
    {
        int? offset = null;
        int? utf8 = null;
        char padding = '\0';
        int? fixedArray = null;
        bool atomic = false;
        bool int24 = false;
        bool uint24 = false;
        (int Shift, int Width, ScalarType Container)? bits = null;
        string? unbound = null;
        FieldVersioning versioning = FieldVersioning.InUse;
        var formerNames = new List<string>();
        VariableLengthAttribute variableLength = VariableLengthAttribute.None;
        foreach (AttributeData attribute in property.GetAttributes())
        {
            string? name = attribute.AttributeClass?.ToDisplayString();
            switch (name)
            {
                case AttributeNames.Field:
                case AttributeNames.Utf8:
                case AttributeNames.FixedArray:
                    if (FirstIntArgument(attribute) is not int value)
                    {
                        // Being typed, not binding, or a generated constant: the compiler reports it, and no number is known.
                        unbound ??= ShortName(name);
                    }
                    else if (name == AttributeNames.Field)
                    {
                        offset = value;
                        versioning = FieldVersioningParser.Read(attribute, property.Type, ref unbound);
                    }
                    else if (name == AttributeNames.Utf8)
                    {
                        utf8 = value;
                        padding = Utf8Padding(attribute, ref unbound);
                    }
                    else
                    {
                        fixedArray = value;
                    }

                    break;
                case AttributeNames.Atomic:
                    atomic = true;
                    break;
                case AttributeNames.Int24:
                    int24 = true;
                    break;
                case AttributeNames.UInt24:
                    uint24 = true;
                    break;
                case AttributeNames.Bits:
                    if (!TryReadBits(attribute, out bits))
                    {
                        unbound ??= ShortName(name);
                    }

                    break;
                case AttributeNames.Text:
                case AttributeNames.Blob:
                case AttributeNames.VarArray:
                    variableLength = variableLength == VariableLengthAttribute.None ? VariableLengthOf(name) : VariableLengthAttribute.Several;
                    break;
                case AttributeNames.FormerName:
                    if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string former)
                    {
                        formerNames.Add(former);
                    }
                    else
                    {
                        unbound ??= ShortName(name);
                    }

                    break;
            }
        }

        if (unbound is null && DoesNotBind(property.Type))
        {
            unbound = FieldSpec.UnboundType;
        }

        FieldType type = Int24Types.Apply(Classify(property.Type), int24, uint24);
        return new FieldSpec(
            property.Name, type, offset, utf8, fixedArray, atomic, property.SetMethod is not null, unbound, padding,
            bits?.Shift, bits?.Width, bits?.Container ?? ScalarType.None,
            versioning.Since, versioning.Deprecated, versioning.Default, formerNames.ToEquatableArray(), variableLength);
    }

    private static VariableLengthAttribute VariableLengthOf(string attributeName) => attributeName switch
    {
        AttributeNames.Text => VariableLengthAttribute.Text,
        AttributeNames.Blob => VariableLengthAttribute.Blob,
        _ => VariableLengthAttribute.VarArray,
    };

    /// <summary>The <c>Padding</c> named argument of <c>[Utf8]</c>, NUL without it; one without a readable value is unbound.</summary>
    private static char Utf8Padding(AttributeData attribute, ref string? unbound)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == AttributeNames.PaddingArgument)
            {
                if (argument.Value.Value is char padding)
                {
                    return padding;
                }

                unbound ??= AttributeNames.PaddingArgument;
            }
        }

        return '\0';
    }

    /// <summary>Reads <c>[Bits(shift, width, Container = typeof(T))]</c>; false when an argument has no readable value.</summary>
    private static bool TryReadBits(AttributeData attribute, out (int Shift, int Width, ScalarType Container)? bits)
    {
        bits = null;
        if (attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[0].Value is not int shift
            || attribute.ConstructorArguments[1].Value is not int width)
        {
            return false;
        }

        ScalarType container = ScalarType.None;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key != AttributeNames.ContainerArgument || argument.Value.Value is null)
            {
                continue;
            }

            if (argument.Value.Value is not ITypeSymbol type || type.TypeKind == TypeKind.Error)
            {
                return false;
            }

            container = CatalogueSymbols.Find(type) is { } info && type.TypeKind != TypeKind.Enum ? info.Type : FieldSpec.InvalidBitContainer;
        }

        bits = (shift, width, container);
        return true;
    }

    private static bool DoesNotBind(ITypeSymbol type) =>
        (type is IArrayTypeSymbol array ? array.ElementType : type).TypeKind == TypeKind.Error;

    private static int? FirstIntArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value ? value : null;

    /// <summary><c>Field</c> for <c>MappedStructs.FieldAttribute</c>: the name as the user writes it.</summary>
    private static string ShortName(string metadataName)
    {
        string name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static FieldType Classify(ITypeSymbol type)
    {
        string qualified = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string display = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (type is IArrayTypeSymbol array)
        {
            return array.Rank == 1 ? FieldType.ForArray(Classify(array.ElementType)) : FieldType.ForUnsupported(qualified, display);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return FieldType.ForString();
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments: [{ SpecialType: SpecialType.System_Byte }] } generic
            && generic.ConstructedFrom.ToDisplayString() == "System.ReadOnlyMemory<T>")
        {
            return FieldType.ForByteMemory(display);
        }

        if (CatalogueSymbols.Find(type) is { } scalar)
        {
            return type.TypeKind == TypeKind.Enum ? FieldType.ForEnum(qualified, display, scalar.Type) : FieldType.ForScalar(scalar.Type);
        }

        if (type.TypeKind == TypeKind.Struct && IsMappedLayout(type))
        {
            return FieldType.ForNested(qualified, display);
        }

        return FieldType.ForUnsupported(qualified, display);
    }

    /// <summary>The namespace as plain names (<c>A.event</c>, no <c>@</c>); <see cref="LayoutSpec.QualifiedName"/> escapes it.</summary>
    private static string NamespaceOf(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (INamespaceSymbol? ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            parts.Insert(0, ns.Name);
        }

        return string.Join(".", parts);
    }

    private static IEnumerable<INamedTypeSymbol> NestedLayoutTypes(INamedTypeSymbol type)
    {
        foreach (IPropertySymbol property in FieldProperties(type))
        {
            ITypeSymbol fieldType = property.Type is IArrayTypeSymbol array ? array.ElementType : property.Type;
            if (fieldType is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && IsMappedLayout(named))
            {
                yield return named;
            }
        }
    }

    private static bool HasMappingAttribute(IPropertySymbol property) =>
        property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is AttributeNames.Field
            or AttributeNames.Utf8 or AttributeNames.FixedArray or AttributeNames.Atomic or AttributeNames.Int24 or AttributeNames.UInt24 or AttributeNames.Bits
            or AttributeNames.FormerName or AttributeNames.Text or AttributeNames.Blob or AttributeNames.VarArray);

    private static AttributeData? FindAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);

    private static SortedSet<string> OtherMemberNames(INamedTypeSymbol type, IReadOnlyList<IPropertySymbol> fields)
    {
        var fieldSet = new HashSet<ISymbol>(fields, SymbolEqualityComparer.Default);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || fieldSet.Contains(member) || IsGeneratedMember(member))
            {
                continue;
            }

            if (member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            names.Add(member.Name);
        }

        return names;
    }

    /// <summary>Whether the MappedStructs generator added <paramref name="member"/> (analyzers see such members; they are not the user's).</summary>
    public static bool IsGeneratedMember(ISymbol member) =>
        member.GetAttributes().Any(a =>
            a.AttributeClass?.ToDisplayString() == AttributeNames.GeneratedCode
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value as string == AttributeNames.GeneratorTool);

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.Length == 0)
        {
            // From metadata: it was generated (or rejected) when its own assembly was built.
            return true;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static LayoutTypeKind KindOf(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Struct when type.IsRefLikeType => LayoutTypeKind.RefStruct,
        TypeKind.Struct when type.IsRecord => LayoutTypeKind.RecordStruct,
        TypeKind.Struct => LayoutTypeKind.Struct,
        TypeKind.Class when type.IsRecord => LayoutTypeKind.RecordClass,
        TypeKind.Class => LayoutTypeKind.Class,
        _ => LayoutTypeKind.Other,
    };

    private static string Keyword(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Struct when type.IsRecord => "record struct",
        TypeKind.Struct => "struct",
        TypeKind.Interface => "interface",
        TypeKind.Class when type.IsRecord => "record",
        _ => "class",
    };

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => string.Empty,
    };
}
