using System;
using System.Collections.Generic;
using System.Text;

namespace MappedStructs;

/// <summary>The C# declaration rendering.</summary>
public static partial class LayoutRendering
{
    private static readonly HashSet<string> s_csharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    };

    /// <summary>
    /// The <c>[MappedLayout]</c> declaration whose generated layout describes itself as <paramref name="layout"/> does, so
    /// <c>ReadOnlyMappedTable&lt;T&gt;.Open</c> accepts the file: every field at its <c>[Field]</c> offset with the attributes
    /// its type name needs, <c>Size</c>, the byte order and, where the stored alignment is below the fields', <c>Pack</c>. Enums
    /// are their underlying integers (the file does not name them: change the property type to the enum, which keeps the layout).
    /// A nested layout's own fields are not in the file: it is rendered as a byte array with a comment, and that declaration no
    /// longer matches the file's layout text until the nested layout is declared by hand.
    /// </summary>
    /// <exception cref="ArgumentException">The layout's field table is not one the generator writes.</exception>
    public static string CSharpDeclaration(LayoutInfo layout)
    {
        IReadOnlyList<DescribedFieldType> types = FieldTypes(layout);
        int dot = layout.Name.LastIndexOf('.');
        int naturalAlignment = 1;
        bool usesSystemTypes = false;
        var members = new StringBuilder();
        foreach (DescribedFieldType type in types)
        {
            naturalAlignment = Math.Max(naturalAlignment, CSharpAlignment(type));
            usesSystemTypes |= type.ValueType is FieldValueType.Int128 or FieldValueType.UInt128 or FieldValueType.Float16 or FieldValueType.Guid or FieldValueType.DateTime or FieldValueType.TimeSpan
                || type.VarArrayElementType is FieldValueType.Float16;
            members.Append("    ").Append(CSharpMember(type)).Append('\n');
        }

        var text = new StringBuilder(usesSystemTypes ? "using System;\nusing MappedStructs;\n\n" : "using MappedStructs;\n\n");
        if (dot > 0)
        {
            text.Append("namespace ").Append(layout.Name[..dot]).Append(";\n\n");
        }

        text.Append("[MappedLayout(Size = ").Append(Text(layout.Size));
        if (layout.Endian == Endianness.Big)
        {
            text.Append(", Endian = Endianness.Big");
        }

        if (layout.Alignment < naturalAlignment)
        {
            text.Append(", Pack = ").Append(Text(layout.Alignment));
        }

        return text.Append(")]\npublic partial record struct ").Append(CSharpIdentifier(ShortName(layout))).Append("\n{\n")
            .Append(members).Append("}\n").ToString();
    }

    private static string CSharpMember(DescribedFieldType type)
    {
        LayoutField field = type.Field;
        string name = CSharpIdentifier(field.Name);
        StringBuilder attributes = new StringBuilder("[Field(").Append(Text(field.Offset)).Append(')');
        string comment = string.Empty;
        string propertyType;
        switch (type.VariableLengthKind)
        {
            case FieldKind.Text:
                return attributes.Append(", Text] public string ").Append(name).Append(" { get; init; }").ToString();
            case FieldKind.Blob:
                return attributes.Append(", Blob] public byte[] ").Append(name).Append(" { get; init; }").ToString();
            case FieldKind.VarArray:
                return attributes.Append(", VarArray] public ").Append(CSharpScalar(type.VarArrayElementType!.Value)).Append("[] ").Append(name).Append(" { get; init; }").ToString();
        }

        switch (type.ValueType)
        {
            case FieldValueType.Utf8:
                attributes.Append(", Utf8(").Append(Text(field.Size));
                if (type.Utf8Padding != '\0')
                {
                    attributes.Append(", Padding = ").Append(type.Utf8Padding == ' ' ? "' '" : "'\\u" + ((int)type.Utf8Padding).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "'");
                }

                attributes.Append(')');
                propertyType = "string";
                break;
            case FieldValueType.Bits:
                attributes.Append(", Bits(").Append(Text(type.BitShift)).Append(", ").Append(Text(type.BitWidth))
                    .Append(", Container = typeof(").Append(UnsignedName(field.Size)).Append("))");
                propertyType = UnsignedName(BitValueBytes(type.BitWidth));
                break;
            case FieldValueType.Nested:
                attributes.Append(", FixedArray(").Append(Text(field.Size)).Append(')');
                propertyType = "byte[]";
                comment = " // " + field.TypeName + ": a nested layout, whose fields are not in the file; declare it and use it here";
                break;
            default:
                if (type.ValueType is FieldValueType.Int24 or FieldValueType.UInt24)
                {
                    attributes.Append(type.ValueType == FieldValueType.Int24 ? ", Int24" : ", UInt24");
                }

                if (field.Kind == FieldKind.Atomic)
                {
                    attributes.Append(", Atomic");
                }

                propertyType = CSharpScalar(type.ValueType);
                if (type.IsArray)
                {
                    attributes.Append(", FixedArray(").Append(Text(type.ElementCount)).Append(')');
                    propertyType += "[]";
                }

                break;
        }

        return attributes.Append("] public ").Append(propertyType).Append(' ').Append(name).Append(" { get; init; }").Append(comment).ToString();
    }

    private static string CSharpScalar(FieldValueType type) => type switch
    {
        FieldValueType.Bool => "bool",
        FieldValueType.UInt8 => "byte",
        FieldValueType.Int8 => "sbyte",
        FieldValueType.Int16 => "short",
        FieldValueType.UInt16 => "ushort",
        FieldValueType.Int32 or FieldValueType.Int24 => "int",
        FieldValueType.UInt32 or FieldValueType.UInt24 => "uint",
        FieldValueType.Int64 => "long",
        FieldValueType.UInt64 => "ulong",
        FieldValueType.Int128 => "Int128",
        FieldValueType.UInt128 => "UInt128",
        FieldValueType.Char => "char",
        FieldValueType.Float16 => "Half",
        FieldValueType.Float32 => "float",
        FieldValueType.Float64 => "double",
        FieldValueType.Guid => "Guid",
        FieldValueType.DateTime => "DateTime",
        _ => "TimeSpan",
    };

    // The alignment the generator gives the field's C# type: what Pack has to lower when the stored alignment is smaller.
    private static int CSharpAlignment(DescribedFieldType type) => type.ValueType switch
    {
        FieldValueType.Utf8 or FieldValueType.Nested or FieldValueType.Int24 or FieldValueType.UInt24 => 1,
        FieldValueType.Guid => 4,
        FieldValueType.Bits => type.Field.Size,
        _ => type.ElementSize,
    };

    private static string UnsignedName(int bytes) => bytes switch
    {
        1 => "byte",
        2 => "ushort",
        4 => "uint",
        _ => "ulong",
    };

    private static string CSharpIdentifier(string name) => s_csharpKeywords.Contains(name) ? "@" + name : name;
}
