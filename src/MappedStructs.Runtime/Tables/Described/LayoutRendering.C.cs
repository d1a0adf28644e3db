using System;
using System.Collections.Generic;
using System.Text;

namespace MappedStructs;

/// <summary>The C header rendering.</summary>
public static partial class LayoutRendering
{
    private static readonly HashSet<string> s_cKeywords = new(StringComparer.Ordinal)
    {
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float", "for",
        "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
        "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool", "true", "false", "alignas", "alignof",
        "nullptr", "static_assert", "thread_local", "typeof", "constexpr",
    };

    /// <summary>
    /// A C11 header declaring one record as a packed struct (<c>#pragma pack(push, 1)</c>, <c>stdint.h</c> types), with a
    /// <c>_Static_assert</c> on every member's offset and on the struct's size, so a compiler proves it matches the file. Padding
    /// becomes <c>_padN</c> byte arrays; the bit fields of one container become one unsigned member named <c>bitsN</c> (N its
    /// offset) with a <c>NAME_FIELD(record)</c> macro per field that shifts and masks it; types C has no scalar for (int128,
    /// guid, 24-bit integers, nested layouts) are byte arrays, each with a comment naming what it holds. Multi-byte members of a
    /// big-endian layout are commented "big-endian": convert them with <c>be16toh</c>/<c>be32toh</c>/<c>be64toh</c>. A
    /// variable-length field is its <c>uint64_t</c> heap reference, decoded by the <c>mappedstructs_heap_offset</c> and
    /// <c>mappedstructs_heap_length</c> inlines the header then defines.
    /// </summary>
    /// <exception cref="ArgumentException">The layout's field table is not one the generator writes.</exception>
    public static string CHeader(LayoutInfo layout)
    {
        IReadOnlyList<DescribedFieldType> types = FieldTypes(layout);
        string name = CIdentifier(ShortName(layout));
        string macro = name.ToUpperInvariant();
        bool big = layout.Endian == Endianness.Big;
        var text = new StringBuilder();
        text.Append("/* ").Append(layout.Name).Append(": ").Append(Text(layout.Size)).Append("-byte records, ")
            .Append(big ? "big-endian (convert multi-byte members with be16toh/be32toh/be64toh from <endian.h>)" : "little-endian")
            .Append(", fingerprint 0x").Append(layout.Fingerprint.ToString("X16", System.Globalization.CultureInfo.InvariantCulture)).Append(". */\n");
        text.Append("#ifndef ").Append(macro).Append("_H\n#define ").Append(macro).Append("_H\n\n#include <stddef.h>\n#include <stdint.h>\n\n");
        text.Append("#define ").Append(macro).Append("_SIZE ").Append(Text(layout.Size)).Append('\n');
        text.Append("#define ").Append(macro).Append("_FINGERPRINT 0x").Append(layout.Fingerprint.ToString("X16", System.Globalization.CultureInfo.InvariantCulture)).Append("ULL\n\n");
        text.Append("#pragma pack(push, 1)\nstruct ").Append(name).Append("\n{\n");
        var asserts = new StringBuilder();
        var macros = new StringBuilder();
        int position = 0;
        for (int i = 0; i < types.Count; i++)
        {
            DescribedFieldType type = types[i];
            LayoutField field = type.Field;
            if (type.ValueType == FieldValueType.Bits && i > 0 && types[i - 1].ValueType == FieldValueType.Bits && types[i - 1].Field.Offset == field.Offset)
            {
                AppendBitMacro(macros, macro, type);
                continue;
            }

            if (field.Offset > position)
            {
                text.Append("    uint8_t _pad").Append(Text(position)).Append('[').Append(Text(field.Offset - position)).Append("];\n");
            }

            string member = type.ValueType == FieldValueType.Bits ? "bits" + Text(field.Offset) : CIdentifier(field.Name);
            text.Append("    ").Append(CMember(type, member)).Append("; /* ").Append(field.TypeName)
                .Append(CNote(type, big)).Append(type.ValueType == FieldValueType.Bits ? ": the container of the fields below" : string.Empty).Append(" */\n");
            asserts.Append("_Static_assert(offsetof(struct ").Append(name).Append(", ").Append(member).Append(") == ").Append(Text(field.Offset))
                .Append(", \"").Append(member).Append(" is at offset ").Append(Text(field.Offset)).Append("\");\n");
            if (type.ValueType == FieldValueType.Bits)
            {
                AppendBitMacro(macros, macro, type);
            }

            position = field.Offset + field.Size;
        }

        if (layout.Size > position)
        {
            text.Append("    uint8_t _pad").Append(Text(position)).Append('[').Append(Text(layout.Size - position)).Append("];\n");
        }

        text.Append("};\n#pragma pack(pop)\n\n").Append(asserts);
        text.Append("_Static_assert(sizeof(struct ").Append(name).Append(") == ").Append(Text(layout.Size))
            .Append(", \"a record is ").Append(Text(layout.Size)).Append(" bytes\");\n");
        if (macros.Length > 0)
        {
            text.Append('\n').Append(macros);
        }

        foreach (DescribedFieldType type in types)
        {
            if (type.IsVariableLength)
            {
                AppendHeapReferenceHelpers(text);
                break;
            }
        }

        return text.Append("\n#endif\n").ToString();
    }

    // Shared by every header that has variable-length fields, so guarded: two such headers may be included together.
    private static void AppendHeapReferenceHelpers(StringBuilder text) =>
        text.Append("\n/* A variable-length field holds a heap reference (convert it to host order first in a big-endian layout): the value's\n")
            .Append("   bytes lie in the table's heap file (<table>.<id>.heap) at MAPPEDSTRUCTS_HEAP_HEADER + mappedstructs_heap_offset(ref),\n")
            .Append("   mappedstructs_heap_length(ref) of them; check that offset + length is at most the heap's published length. */\n")
            .Append("#ifndef MAPPEDSTRUCTS_HEAP_REFERENCE\n#define MAPPEDSTRUCTS_HEAP_REFERENCE\n")
            .Append("#define MAPPEDSTRUCTS_HEAP_HEADER ").Append(Text(HeapFormat.HeaderSize)).Append('\n')
            .Append("static inline uint64_t mappedstructs_heap_offset(uint64_t ref) { return (ref >> ").Append(Text(HeapReference.LengthBits))
            .Append(") * ").Append(Text(HeapReference.OffsetUnit)).Append("; }\n")
            .Append("static inline uint32_t mappedstructs_heap_length(uint64_t ref) { return (uint32_t)(ref & 0x")
            .Append(HeapReference.MaxLength.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append("u); }\n#endif\n");

    private static void AppendBitMacro(StringBuilder macros, string macro, DescribedFieldType type)
    {
        ulong mask = type.BitWidth == 64 ? ulong.MaxValue : (1UL << type.BitWidth) - 1;
        macros.Append("#define ").Append(macro).Append('_').Append(CIdentifier(type.Field.Name).ToUpperInvariant()).Append("(record) ((uint64_t)((record)->bits")
            .Append(Text(type.Field.Offset)).Append(" >> ").Append(Text(type.BitShift)).Append(") & 0x")
            .Append(mask.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append("ULL) /* ").Append(type.Field.TypeName).Append(" */\n");
    }

    private static string CMember(DescribedFieldType type, string member)
    {
        string array = type.IsArray ? "[" + Text(type.ElementCount) + "]" : string.Empty;
        return type.ValueType switch
        {
            FieldValueType.Bool or FieldValueType.UInt8 => "uint8_t " + member + array,
            FieldValueType.Int8 => "int8_t " + member + array,
            FieldValueType.Int16 => "int16_t " + member + array,
            FieldValueType.UInt16 or FieldValueType.Char or FieldValueType.Float16 => "uint16_t " + member + array,
            FieldValueType.Int32 => "int32_t " + member + array,
            FieldValueType.UInt32 => "uint32_t " + member + array,
            FieldValueType.Int64 or FieldValueType.DateTime or FieldValueType.TimeSpan => "int64_t " + member + array,
            FieldValueType.UInt64 => "uint64_t " + member + array,
            FieldValueType.Float32 => "float " + member + array,
            FieldValueType.Float64 => "double " + member + array,
            FieldValueType.Utf8 => "char " + member + "[" + Text(type.Field.Size) + "]",
            FieldValueType.Bits => "uint" + Text(type.Field.Size * 8) + "_t " + member,
            _ => "uint8_t " + member + array + "[" + Text(type.ElementSize) + "]",
        };
    }

    // What a member holds when its C type does not say it.
    private static string CNote(DescribedFieldType type, bool bigEndian)
    {
        string order = bigEndian && type.ElementSize > 1 && type.ValueType is not (FieldValueType.Utf8 or FieldValueType.Nested or FieldValueType.Guid) ? ", big-endian" : string.Empty;
        string meaning = type.IsVariableLength ? ", the heap reference of " + VariableValueName(type) + " (see mappedstructs_heap_offset and mappedstructs_heap_length)" : type.ValueType switch
        {
            FieldValueType.Bool => ", 0 or 1 (any non-zero byte is true)",
            FieldValueType.Char => ", a UTF-16 code unit",
            FieldValueType.Float16 => ", IEEE 754 half-precision bits",
            FieldValueType.DateTime => ", 100-ns ticks since 0001-01-01",
            FieldValueType.TimeSpan => ", 100-ns ticks",
            FieldValueType.Int128 or FieldValueType.UInt128 or FieldValueType.Int24 or FieldValueType.UInt24 => ", two's complement bytes",
            FieldValueType.Guid => ", .NET Guid bytes",
            FieldValueType.Utf8 => type.Utf8Padding == '\0' ? ", UTF-8, NUL-padded (no NUL when full)" : ", UTF-8, padded with " + Utf8PaddingName(type.Utf8Padding),
            FieldValueType.Nested => ", a nested layout's bytes (its fields are not in the table's header)",
            _ => string.Empty,
        };
        return order + meaning;
    }

    private static string VariableValueName(DescribedFieldType type) => type.VariableLengthKind switch
    {
        FieldKind.Text => "UTF-8 text",
        FieldKind.Blob => "a blob",
        _ => "an array of " + ArrowElementName(type, type.VarArrayElementType!.Value) + (type.ElementSize > 1 && type.VarArrayElementType is not (FieldValueType.Int8 or FieldValueType.UInt8) ? " in the layout's byte order" : string.Empty),
    };

    private static string Utf8PaddingName(char padding) => padding == ' ' ? "spaces" : "0x" + ((int)padding).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);

    // A C identifier: characters outside [A-Za-z0-9_] become '_', and a keyword or a leading digit gets '_' added.
    private static string CIdentifier(string name)
    {
        var id = new StringBuilder(name.Length + 1);
        foreach (char c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (id.Length == 0 || char.IsAsciiDigit(id[0]))
        {
            id.Insert(0, '_');
        }

        string result = id.ToString();
        return s_cKeywords.Contains(result) ? result + "_" : result;
    }
}
