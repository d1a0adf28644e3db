using System;
using System.Collections.Generic;
using System.Globalization;
using MappedStructs.Layout;

namespace MappedStructs;

/// <summary>
/// Parses the layout text a table header holds (what <see cref="LayoutInfo.Describe"/> printed) back into a layout, strictly:
/// every number is checked before use (offsets and sizes within the record, positive counts, sizes that agree with the type
/// name), every kind and type name must be one the generator writes, names must be unique, and the first line must agree
/// with the header's record size and fingerprint. Anything else is <see cref="InvalidTableFileException"/> with
/// <see cref="TableFileProblem.InvalidHeaderField"/> naming the line, because reading records through a guessed layout
/// would yield garbage.
/// </summary>
internal static class LayoutTextParser
{
    private const string FingerprintPrefix = "fingerprint=0x";

    private static readonly Dictionary<string, ScalarInfo> s_scalars = ScalarsByName();

    /// <summary>The layout and per-field readers of <paramref name="header"/>'s text, for the file at <paramref name="path"/>.</summary>
    public static DescribedLayout Parse(TableHeader header, string path) => Parse(header.LayoutText, header.RecordSize, header.Fingerprint, path);

    /// <summary>
    /// The per-field readers of a layout's own description (<see cref="LayoutInfo.Describe"/>), through the same strict parse,
    /// so that renderers treat a generated layout and a file's stored one alike; <paramref name="source"/> names it in errors.
    /// </summary>
    public static DescribedLayout Parse(LayoutInfo layout, string source) => Parse(layout.Describe(), layout.Size, layout.Fingerprint, source);

    private static DescribedLayout Parse(string text, int recordSize, ulong headerFingerprint, string path)
    {
        if (text.Length == 0 || text[^1] != '\n')
        {
            throw Invalid(path, 1, "the layout text does not end with a line break, so it may have been cut short", text);
        }

        string[] lines = text[..^1].Split('\n');
        LayoutInfo first = ParseFirstLine(lines[0], recordSize, headerFingerprint, path);
        var fields = new LayoutField[lines.Length - 1];
        var readers = new DescribedField[fields.Length];
        var indexByName = new Dictionary<string, int>(fields.Length, StringComparer.Ordinal);
        for (int i = 0; i < fields.Length; i++)
        {
            int lineNumber = i + 2;
            fields[i] = ParseFieldLine(lines[i + 1], lineNumber, first.Size, path);
            if (i > 0 && fields[i].Offset < fields[i - 1].Offset)
            {
                throw Invalid(path, lineNumber, $"offset {fields[i].Offset} is below the previous field's {fields[i - 1].Offset}; fields are listed in offset order", lines[i + 1]);
            }

            if (!indexByName.TryAdd(fields[i].Name, i))
            {
                throw Invalid(path, lineNumber, $"field name '{fields[i].Name}' is already used on line {indexByName[fields[i].Name] + 2}", lines[i + 1]);
            }

            readers[i] = ReaderFor(fields[i], first.Endian, lineNumber, lines[i + 1], path);
        }

        var layout = new LayoutInfo(first.Name, first.Size, first.Alignment, first.Endian, first.Fingerprint, fields) { Version = first.Version };
        return new DescribedLayout(layout, readers, indexByName);
    }

    // "layout {Name} size={Size} align={Alignment} endian={Endian} fingerprint=0x{Fingerprint:X16}"
    private static LayoutInfo ParseFirstLine(string line, int recordSize, ulong headerFingerprint, string path)
    {
        string[] tokens = Tokens(line, 1, path);
        if (tokens.Length is not (6 or 7) || tokens[0] != "layout" || (tokens.Length == 7 && !tokens[6].StartsWith("version=", StringComparison.Ordinal)))
        {
            throw Invalid(path, 1, "the first line is not 'layout <name> size=<n> align=<n> endian=<Little|Big> fingerprint=0x<16 hex digits> [version=<n>]'", line);
        }

        int version = tokens.Length == 7 ? Number(Setting(tokens[6], "version=", line, path), 1, line, path) : 1;
        if (version < 1)
        {
            throw Invalid(path, 1, $"version {version} must be at least 1", line);
        }

        int size = Number(Setting(tokens[2], "size=", line, path), 1, line, path);
        int alignment = Number(Setting(tokens[3], "align=", line, path), 1, line, path);
        if (size <= 0 || alignment <= 0 || (alignment & (alignment - 1)) != 0)
        {
            throw Invalid(path, 1, $"size {size} must be positive and alignment {alignment} a power of two", line);
        }

        Endianness endian = Setting(tokens[4], "endian=", line, path) switch
        {
            "Little" => Endianness.Little,
            "Big" => Endianness.Big,
            _ => throw Invalid(path, 1, "the byte order is neither Little nor Big", line),
        };
        if (!tokens[5].StartsWith(FingerprintPrefix, StringComparison.Ordinal)
            || tokens[5].Length != FingerprintPrefix.Length + 16
            || !ulong.TryParse(tokens[5].AsSpan(FingerprintPrefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong fingerprint))
        {
            throw Invalid(path, 1, "the fingerprint is not 0x followed by 16 hexadecimal digits", line);
        }

        if (size != recordSize)
        {
            throw Invalid(path, 1, $"size={size} differs from the header's record size {recordSize}", line);
        }

        if (fingerprint != headerFingerprint)
        {
            throw Invalid(path, 1, $"fingerprint 0x{fingerprint:X16} differs from the header's 0x{headerFingerprint:X16}", line);
        }

        return new LayoutInfo(tokens[1], size, alignment, endian, fingerprint, []) { Version = version };
    }

    // "  {Offset,5} {Size,5} {Kind,-10} {TypeName,-14} {Name}"; a bit field's type name has spaces ("bits[0:4] of uint8").
    // Then, where declared, " since=<n>", " deprecated=<n>" and " formerly=<name>,<name>" (a name has no '=').
    private static LayoutField ParseFieldLine(string line, int lineNumber, int recordSize, string path)
    {
        string[] tokens = Tokens(line, lineNumber, path);
        (tokens, int since, int deprecated, string[] formerNames) = VersionTokens(tokens, lineNumber, line, path);
        if (tokens.Length < 5)
        {
            throw Invalid(path, lineNumber, "a field line is '<offset> <size> <kind> <type> <name>'", line);
        }

        int offset = Number(tokens[0], lineNumber, line, path);
        int size = Number(tokens[1], lineNumber, line, path);
        if (size <= 0 || (long)offset + size > recordSize)
        {
            throw Invalid(path, lineNumber, $"{size} bytes at offset {offset} do not lie within the {recordSize}-byte record", line);
        }

        FieldKind kind = tokens[2] switch
        {
            "Scalar" => FieldKind.Scalar,
            "Utf8" => FieldKind.Utf8,
            "FixedArray" => FieldKind.FixedArray,
            "Nested" => FieldKind.Nested,
            "Atomic" => FieldKind.Atomic,
            "Bits" => FieldKind.Bits,
            "Text" => FieldKind.Text,
            "Blob" => FieldKind.Blob,
            "VarArray" => FieldKind.VarArray,
            _ => throw Invalid(path, lineNumber, $"'{tokens[2]}' is not a field kind", line),
        };
        string typeName = string.Join(' ', tokens, 3, tokens.Length - 4);
        return new LayoutField(tokens[^1], offset, size, kind, typeName) { Since = since, Deprecated = deprecated, FormerNames = formerNames };
    }

    // Peels the trailing key=value tokens of a field line off its other tokens.
    private static (string[] Others, int Since, int Deprecated, string[] Former) VersionTokens(string[] tokens, int lineNumber, string line, string path)
    {
        int since = 1;
        int deprecated = 0;
        string[] formerNames = [];
        int end = tokens.Length;
        while (end > 0 && tokens[end - 1].Contains('=', StringComparison.Ordinal))
        {
            string token = tokens[--end];
            if (token.StartsWith("since=", StringComparison.Ordinal))
            {
                since = Number(token["since=".Length..], lineNumber, line, path);
            }
            else if (token.StartsWith("deprecated=", StringComparison.Ordinal))
            {
                deprecated = Number(token["deprecated=".Length..], lineNumber, line, path);
            }
            else if (token.StartsWith("formerly=", StringComparison.Ordinal))
            {
                formerNames = token["formerly=".Length..].Split(',');
            }
            else
            {
                throw Invalid(path, lineNumber, $"'{token}' is not since=<n>, deprecated=<n> or formerly=<names>", line);
            }
        }

        if (since < 1 || (deprecated != 0 && deprecated <= since))
        {
            throw Invalid(path, lineNumber, $"since={since} must be at least 1 and deprecated={deprecated} 0 or after it", line);
        }

        return (tokens[..end], since, deprecated, formerNames);
    }

    // Checks the type name against the kind and the size, and builds the field's reader.
    private static DescribedField ReaderFor(LayoutField field, Endianness endian, int lineNumber, string line, string path)
    {
        bool bigEndian = endian == Endianness.Big;
        switch (field.Kind)
        {
            case FieldKind.Scalar:
            case FieldKind.Atomic:
                if (s_scalars.TryGetValue(field.TypeName, out ScalarInfo? scalar)
                    && scalar.Size == field.Size
                    && (field.Kind == FieldKind.Scalar || scalar.CanBeAtomic))
                {
                    return DescribedField.ForScalar(field, bigEndian, scalar);
                }

                throw Invalid(path, lineNumber, $"'{field.TypeName}' is not a {field.Size}-byte {(field.Kind == FieldKind.Atomic ? "atomic integer" : "scalar")} of the type catalogue", line);

            case FieldKind.Utf8:
                for (int padding = 0; padding <= Utf8Padding.LastAscii; padding++)
                {
                    if (field.TypeName == Utf8Name(field.Size, (char)padding))
                    {
                        return DescribedField.ForUtf8(field, bigEndian, (byte)padding);
                    }
                }

                throw Invalid(path, lineNumber, $"'{field.TypeName}' is not {Utf8Name(field.Size, '\0')}, with /space-padded or /padded-0xNN (an ASCII code) after it", line);

            case FieldKind.FixedArray:
                return ArrayReader(field, bigEndian, lineNumber, line, path);

            case FieldKind.Nested:
                RequireLayoutName(field.TypeName, lineNumber, line, path);
                return DescribedField.ForNested(field, bigEndian);

            case FieldKind.Text:
            case FieldKind.Blob:
            case FieldKind.VarArray:
                return ReferenceReader(field, bigEndian, lineNumber, line, path);

            default:
                return BitsReader(field, bigEndian, lineNumber, line, path);
        }
    }

    // "int32[8]" or "Inner[4]": a scalar of the catalogue, else a nested layout's name.
    private static DescribedField ArrayReader(LayoutField field, bool bigEndian, int lineNumber, string line, string path)
    {
        int open = field.TypeName.LastIndexOf('[');
        int count = open > 0 && field.TypeName[^1] == ']' ? Number(field.TypeName[(open + 1)..^1], lineNumber, line, path) : 0;
        if (count <= 0)
        {
            throw Invalid(path, lineNumber, $"'{field.TypeName}' is not '<element>[<count>]' with a positive count", line);
        }

        string element = field.TypeName[..open];
        if (s_scalars.TryGetValue(element, out ScalarInfo? scalar))
        {
            if ((long)scalar.Size * count != field.Size)
            {
                throw Invalid(path, lineNumber, $"{count} elements of {element} are {(long)scalar.Size * count} bytes, not {field.Size}", line);
            }

            return DescribedField.ForScalarArray(field, bigEndian, scalar, count);
        }

        RequireLayoutName(element, lineNumber, line, path);
        if (field.Size % count != 0)
        {
            throw Invalid(path, lineNumber, $"{field.Size} bytes do not divide into {count} elements of {element}", line);
        }

        return DescribedField.ForNestedArray(field, bigEndian, count);
    }

    // "text", "blob" or "<scalar>[]": the record holds the value's 8-byte heap reference, which the integer getters read as
    // the raw uint64 word (HeapReference's bits) and the heap getters resolve against the table's heap.
    private static DescribedField ReferenceReader(LayoutField field, bool bigEndian, int lineNumber, string line, string path)
    {
        string expected = field.Kind switch
        {
            FieldKind.Text => VariableLengthFields.TextName,
            FieldKind.Blob => VariableLengthFields.BlobName,
            _ => field.TypeName.EndsWith("[]", StringComparison.Ordinal)
                && s_scalars.TryGetValue(field.TypeName[..^2], out ScalarInfo? element) && element.CanBeSpan
                    ? field.TypeName
                    : "<scalar>[] of a scalar that can be a span",
        };
        if (field.TypeName != expected || field.Size != VariableLengthFields.ReferenceSize)
        {
            throw Invalid(path, lineNumber, $"a {field.Kind} field is '{expected}' in {VariableLengthFields.ReferenceSize} bytes (its heap reference), not '{field.TypeName}' in {field.Size}", line);
        }

        // Read as what it is in the record, a uint64 scalar; the layout's field table keeps the field's own kind.
        ScalarInfo? arrayElement = field.Kind == FieldKind.VarArray ? s_scalars[field.TypeName[..^2]] : null;
        return DescribedField.ForReference(field with { Kind = FieldKind.Scalar, TypeName = "uint64" }, bigEndian, s_scalars["uint64"], field.Kind, arrayElement);
    }

    // "bits[<shift>:<width>] of uint<8|16|32|64>", the container being the field's bytes.
    private static DescribedField BitsReader(LayoutField field, bool bigEndian, int lineNumber, string line, string path)
    {
        int containerBits = field.Size * 8;
        string name = field.TypeName;
        int colon = name.IndexOf(':', StringComparison.Ordinal);
        int close = name.IndexOf(']', StringComparison.Ordinal);
        if (field.Size is 1 or 2 or 4 or 8
            && name.StartsWith("bits[", StringComparison.Ordinal)
            && colon > 5
            && close > colon
            && name.AsSpan(close) is var rest
            && rest.SequenceEqual("] of uint" + containerBits.ToString(CultureInfo.InvariantCulture)))
        {
            int shift = Number(name[5..colon], lineNumber, line, path);
            int width = Number(name[(colon + 1)..close], lineNumber, line, path);
            if (width >= 1 && (long)shift + width <= containerBits)
            {
                return DescribedField.ForBits(field, bigEndian, shift, width);
            }
        }

        throw Invalid(path, lineNumber, $"'{name}' is not 'bits[<shift>:<width>] of uint{containerBits}' with 1 <= width and shift + width <= {containerBits} (the container is the field's {field.Size} bytes, of 1, 2, 4 or 8)", line);
    }

    // A nested layout named like a scalar is written '@int64', so that 'int64[4]' is always four scalars.
    private static void RequireLayoutName(string name, int lineNumber, string line, string path)
    {
        if (!NestedLayoutNames.IsCatalogueName(name))
        {
            throw Invalid(path, lineNumber, $"'{name}' is not the name of a nested layout (one named like a scalar is written {NestedLayoutNames.ScalarNameEscape}{name.TrimStart(NestedLayoutNames.ScalarNameEscape)})", line);
        }
    }

    private static string Utf8Name(int byteLength, char padding) =>
        "utf8[" + byteLength.ToString(CultureInfo.InvariantCulture) + "]" + Utf8Padding.CatalogueSuffix(padding);

    // The line's space-separated tokens; a control character (a tab, a carriage return) is damage, never a separator.
    private static string[] Tokens(string line, int lineNumber, string path)
    {
        foreach (char c in line)
        {
            if (char.IsControl(c))
            {
                throw Invalid(path, lineNumber, $"the line holds the control character U+{(int)c:X4}", line);
            }
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Setting(string token, string prefix, string line, string path) =>
        token.StartsWith(prefix, StringComparison.Ordinal)
            ? token[prefix.Length..]
            : throw Invalid(path, 1, $"'{token}' should start with '{prefix}'", line);

    // Digits only: no sign, no spaces, no exponent, at most int.MaxValue.
    private static int Number(string digits, int lineNumber, string line, string path) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw Invalid(path, lineNumber, $"'{digits}' is not a number from 0 to {int.MaxValue}", line);

    private static Dictionary<string, ScalarInfo> ScalarsByName()
    {
        var byName = new Dictionary<string, ScalarInfo>(StringComparer.Ordinal);
        foreach (ScalarInfo info in TypeCatalogue.All)
        {
            byName.Add(info.CatalogueName, info);
        }

        foreach (ScalarInfo info in TypeCatalogue.AttributeSelected)
        {
            byName.Add(info.CatalogueName, info);
        }

        return byName;
    }

    private static InvalidTableFileException Invalid(string path, int lineNumber, string problem, string line) =>
        new(path, TableFileProblem.InvalidHeaderField, string.Create(CultureInfo.InvariantCulture, $"layout text line {lineNumber}: {problem} (\"{line}\")."));
}
