using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Reads a <c>MappedLayouts.*.txt</c> file, strictly: the header line names format version 1; each entry is a
/// <c>layout &lt;name&gt; version=&lt;n&gt; size=&lt;n&gt; endian=&lt;Little|Big|PerView&gt;</c> line followed by its
/// indented field lines, <c>&lt;offset&gt; &lt;size&gt; &lt;kind&gt; &lt;type&gt; &lt;name&gt; since=&lt;n&gt; deprecated=&lt;n&gt;</c>
/// (a table header's field line with its versions after it, which, as there, may be left out where they are 1 and 0),
/// then, where the field declares a <c>Default</c>, <c>default=&lt;constant&gt;</c> to the end of the line, in offset order; blank lines separate entries.
/// Every number is checked (offsets and sizes within the record, versions within the entry's), and a line that is not
/// exactly this is a problem on its line: an entry guessed from a damaged line would report breaks that are not there.
/// </summary>
internal static class LayoutRecordParser
{
    private const string SincePrefix = "since=";
    private const string DeprecatedPrefix = "deprecated=";

    private static readonly Dictionary<string, ScalarInfo> s_scalars =
        TypeCatalogue.All.Concat(TypeCatalogue.AttributeSelected).ToDictionary(info => info.CatalogueName, StringComparer.Ordinal);

    /// <summary>Reads the file at <paramref name="path"/>, whose text is <paramref name="text"/>.</summary>
    public static LayoutRecordFile Parse(string path, bool isShipped, SourceText text)
    {
        var records = new List<LayoutRecord>();
        var problems = new List<LayoutRecordProblem>();
        if (string.IsNullOrWhiteSpace(text.ToString()))
        {
            // A file just added to the project records nothing yet; the code fix writes its header with the first entry.
            return new LayoutRecordFile(path, isShipped, text, records, problems);
        }

        string first = text.Lines[0].ToString();
        if (HeaderProblem(first) is { } headerProblem)
        {
            // Without the format version, no line below can be trusted to mean what this reader would take it to mean.
            problems.Add(new LayoutRecordProblem(1, headerProblem));
            return new LayoutRecordFile(path, isShipped, text, records, problems);
        }

        var entry = new EntryReader(records, problems);
        for (int i = 1; i < text.Lines.Count; i++)
        {
            string line = text.Lines[i].ToString();
            int lineNumber = i + 1;
            if (line.Trim().Length == 0)
            {
                entry.Finish();
            }
            else if (line.Any(char.IsControl))
            {
                entry.Fail(lineNumber, $"the line holds the control character U+{(int)line.First(char.IsControl):X4}; fields are separated by spaces");
            }
            else if (line.StartsWith(LayoutRecordFiles.LayoutKeyword + " ", StringComparison.Ordinal))
            {
                entry.Finish();
                entry.Start(lineNumber, line);
            }
            else if (line[0] == ' ')
            {
                entry.AddField(lineNumber, line);
            }
            else
            {
                problems.Add(new LayoutRecordProblem(lineNumber, "the line is neither a 'layout <name> version=<n> size=<n> endian=<Little|Big|PerView>' line nor an indented field line"));
            }
        }

        entry.Finish();
        ReportDuplicates(records, problems);
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new LayoutRecordFile(path, isShipped, text, records, problems);
    }

    private static string? HeaderProblem(string line)
    {
        string[] tokens = line.Split(' ');
        if (tokens.Length != 2 || tokens[0] != LayoutRecordFiles.HeaderKeyword || !int.TryParse(tokens[1], NumberStyles.None, CultureInfo.InvariantCulture, out int format))
        {
            return $"the first line must be '{LayoutRecordFiles.Header}', the format version of the file";
        }

        return format == LayoutRecordFiles.FormatVersion
            ? null
            : $"format version {format} is not one this analyzer reads (it reads {LayoutRecordFiles.FormatVersion}); update MappedStructs or write '{LayoutRecordFiles.Header}'";
    }

    private static void ReportDuplicates(List<LayoutRecord> records, List<LayoutRecordProblem> problems)
    {
        var seen = new Dictionary<(string, int), int>();
        for (int i = 0; i < records.Count; i++)
        {
            LayoutRecord record = records[i];
            if (seen.TryGetValue((record.Name, record.Version), out int firstLine))
            {
                problems.Add(new LayoutRecordProblem(record.Line, $"version {record.Version} of '{record.Name}' is already recorded on line {firstLine}"));
                records.RemoveAt(i--);
            }
            else
            {
                seen.Add((record.Name, record.Version), record.Line);
            }
        }
    }

    private static bool TryNumber(string digits, out int value)
        => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TrySetting(string token, string prefix, out int value)
    {
        value = 0;
        return token.StartsWith(prefix, StringComparison.Ordinal) && TryNumber(token.Substring(prefix.Length), out value);
    }

    // Takes a last token "<prefix><digits>" off tokens into value; false when the last token has the prefix but no number.
    private static bool TryTrailing(List<string> tokens, string prefix, ref int value)
    {
        if (tokens.Count == 0 || !tokens[tokens.Count - 1].StartsWith(prefix, StringComparison.Ordinal))
        {
            return true;
        }

        bool read = TrySetting(tokens[tokens.Count - 1], prefix, out value);
        tokens.RemoveAt(tokens.Count - 1);
        return read;
    }

    private static bool IsDottedName(string name)
        => name.Split('.').All(part => part.Length > 0 && SyntaxFacts.IsValidIdentifier(part));

    /// <summary>Collects one entry's lines; an entry with any bad line is left out whole.</summary>
    private sealed class EntryReader(List<LayoutRecord> records, List<LayoutRecordProblem> problems)
    {
        private LayoutRecord? _header;
        private List<LayoutRecordField>? _fields;
        private Dictionary<string, int>? _nameLines;
        private bool _failed;

        public void Start(int lineNumber, string line)
        {
            _fields = [];
            _nameLines = new Dictionary<string, int>(StringComparer.Ordinal);
            _failed = false;
            _header = ParseLayoutLine(lineNumber, line);
        }

        public void AddField(int lineNumber, string line)
        {
            if (_fields is null || _nameLines is null)
            {
                problems.Add(new LayoutRecordProblem(lineNumber, "a field line must follow a 'layout' line (a blank line ends an entry)"));
                return;
            }

            if (_header is null)
            {
                // The layout line is reported; its fields cannot be checked against a size or version that is not known.
                return;
            }

            if (ParseFieldLine(lineNumber, line, _header) is not { } field)
            {
                _failed = true;
                return;
            }

            if (_fields.Count > 0 && field.Offset < _fields[_fields.Count - 1].Offset)
            {
                Fail(lineNumber, $"offset {field.Offset} is below the previous field's {_fields[_fields.Count - 1].Offset}; fields are listed in offset order");
            }
            else if (_nameLines.TryGetValue(field.Name, out int firstLine))
            {
                Fail(lineNumber, $"field name '{field.Name}' is already used on line {firstLine}");
            }
            else
            {
                _nameLines.Add(field.Name, lineNumber);
                _fields.Add(field);
            }
        }

        public void Fail(int lineNumber, string message)
        {
            problems.Add(new LayoutRecordProblem(lineNumber, message));
            _failed = true;
        }

        public void Finish()
        {
            if (_header is not null && _fields is not null && !_failed)
            {
                if (_fields.Count == 0)
                {
                    problems.Add(new LayoutRecordProblem(_header.Line, $"version {_header.Version} of '{_header.Name}' has no field lines"));
                }
                else
                {
                    records.Add(_header with { Fields = _fields.ToEquatableArray() });
                }
            }

            _header = null;
            _fields = null;
            _nameLines = null;
        }

        // "layout Ns.Trade version=2 size=56 endian=Little"
        private LayoutRecord? ParseLayoutLine(int lineNumber, string line)
        {
            string[] tokens = line.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length != 5
                || !TrySetting(tokens[2], "version=", out int version)
                || !TrySetting(tokens[3], "size=", out int size)
                || !tokens[4].StartsWith("endian=", StringComparison.Ordinal))
            {
                problems.Add(new LayoutRecordProblem(lineNumber, "a layout line is 'layout <name> version=<n> size=<n> endian=<Little|Big|PerView>'"));
                return null;
            }

            string endian = tokens[4].Substring("endian=".Length);
            string? problem = !IsDottedName(tokens[1]) ? $"'{tokens[1]}' is not a dotted type name (Ns.Outer.Trade)"
                : version < 1 ? "the version must be at least 1"
                : size < 1 ? "the size must be at least 1"
                : Array.IndexOf(LayoutRecordFiles.ByteOrders, endian) < 0 ? $"the byte order '{endian}' is none of {string.Join(", ", LayoutRecordFiles.ByteOrders)}"
                : null;
            if (problem is not null)
            {
                problems.Add(new LayoutRecordProblem(lineNumber, problem));
                return null;
            }

            return new LayoutRecord(tokens[1], version, size, endian, EquatableArray<LayoutRecordField>.Empty, lineNumber);
        }

        // "      0     8 Scalar     int64          Id since=1 deprecated=0"; a bit field's type has spaces ("bits[0:4] of uint8").
        // As in a table header's layout text, since= and deprecated= may be left out where they are 1 and 0.
        private LayoutRecordField? ParseFieldLine(int lineNumber, string line, LayoutRecord layout)
        {
            string? declaredDefault = TakeDefault(ref line);
            if (declaredDefault is { Length: 0 })
            {
                problems.Add(new LayoutRecordProblem(lineNumber, $"'{LayoutRecordFiles.DefaultPrefix}' must be followed by the field's Default as C# spells the constant"));
                return null;
            }

            var tokens = new List<string>(line.Split([' '], StringSplitOptions.RemoveEmptyEntries));
            int since = 1;
            int deprecated = 0;
            bool numbers = TryTrailing(tokens, DeprecatedPrefix, ref deprecated) & TryTrailing(tokens, SincePrefix, ref since);
            if (!numbers
                || tokens.Count < 5
                || !TryNumber(tokens[0], out int offset)
                || !TryNumber(tokens[1], out int size))
            {
                problems.Add(new LayoutRecordProblem(lineNumber, "a field line is '<offset> <size> <kind> <type> <name> since=<n> deprecated=<n>', numbers in digits"));
                return null;
            }

            string kind = tokens[2];
            string type = string.Join(" ", tokens.GetRange(3, tokens.Count - 4));
            string name = tokens[tokens.Count - 1];
            string? problem = size < 1 || (long)offset + size > layout.Size ? $"{size} bytes at offset {offset} do not lie within the {layout.Size}-byte record"
                : Array.IndexOf(LayoutRecordFiles.FieldKinds, kind) < 0 ? $"'{kind}' is none of the field kinds {string.Join(", ", LayoutRecordFiles.FieldKinds)}"
                : kind is "Scalar" or "Atomic" && !(s_scalars.TryGetValue(type, out ScalarInfo? scalar) && scalar.Size == size) ? $"'{type}' is not a scalar of {size} bytes in the type catalogue"
                : !SyntaxFacts.IsValidIdentifier(name) ? $"'{name}' is not a field name"
                : since < 1 || since > layout.Version ? $"since={since} must lie from 1 to the entry's version {layout.Version}"
                : deprecated != 0 && (deprecated < since || deprecated > layout.Version) ? $"deprecated={deprecated} must be 0 (in use) or lie from since={since} to the entry's version {layout.Version}"
                : null;
            if (problem is not null)
            {
                problems.Add(new LayoutRecordProblem(lineNumber, problem));
                return null;
            }

            return new LayoutRecordField(offset, size, kind, type, name, since, deprecated, declaredDefault);
        }

        // Takes " default=<constant>" off the end of line: the constant, trimmed, or null when the line declares none.
        private static string? TakeDefault(ref string line)
        {
            int start = line.IndexOf(" " + LayoutRecordFiles.DefaultPrefix, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            string constant = line.Substring(start + 1 + LayoutRecordFiles.DefaultPrefix.Length).Trim();
            line = line.Substring(0, start);
            return constant;
        }
    }
}
