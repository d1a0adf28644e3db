using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Every layout version a compilation's <c>MappedLayouts.Shipped.txt</c> and <c>MappedLayouts.Unshipped.txt</c> files
/// record, read once per compilation (and once per file text: an unchanged file is not read again as the user types).
/// </summary>
internal sealed class RecordedLayouts
{
    private static readonly ConditionalWeakTable<SourceText, LayoutRecordFile> s_readFiles = new();

    private readonly Dictionary<string, List<LayoutRecord>> _shipped;
    private readonly Dictionary<(string, int), LayoutRecord> _unshipped;
    private readonly Dictionary<string, List<LayoutRecordProblem>> _problemsByPath;

    private RecordedLayouts(IReadOnlyList<LayoutRecordFile> files)
    {
        Files = files;
        _shipped = new Dictionary<string, List<LayoutRecord>>(StringComparer.Ordinal);
        _unshipped = [];
        _problemsByPath = new Dictionary<string, List<LayoutRecordProblem>>(StringComparer.Ordinal);
        var shippedLines = new Dictionary<(string, int), (string Path, int Line)>();
        foreach (LayoutRecordFile file in files.OrderBy(f => f.IsShipped ? 0 : 1))
        {
            List<LayoutRecordProblem> problems = ProblemsList(file.Path);
            problems.AddRange(file.Problems);
            foreach (LayoutRecord record in file.Records)
            {
                if (shippedLines.TryGetValue((record.Name, record.Version), out (string Path, int Line) shipped))
                {
                    // The same version in two places: which table files of that version hold cannot be told.
                    problems.Add(new LayoutRecordProblem(record.Line, $"version {record.Version} of '{record.Name}' is also recorded in {shipped.Path} line {shipped.Line}; a version is recorded once (a shipped version leaves {LayoutRecordFiles.UnshippedFileName})"));
                    continue;
                }

                shippedLines.Add((record.Name, record.Version), (file.Path, record.Line));
                if (file.IsShipped)
                {
                    if (!_shipped.TryGetValue(record.Name, out List<LayoutRecord>? versions))
                    {
                        _shipped.Add(record.Name, versions = []);
                    }

                    versions.Add(record);
                }
                else
                {
                    _unshipped.Add((record.Name, record.Version), record);
                }
            }
        }

        foreach (List<LayoutRecord> versions in _shipped.Values)
        {
            versions.Sort((a, b) => a.Version.CompareTo(b.Version));
        }
    }

    /// <summary>The files read, shipped ones first.</summary>
    public IReadOnlyList<LayoutRecordFile> Files { get; }

    /// <summary>
    /// The recorded layouts of <paramref name="additionalFiles"/>, or null when none of them is named
    /// <c>MappedLayouts.Shipped.txt</c> or <c>MappedLayouts.Unshipped.txt</c> (a project that records nothing is checked for nothing).
    /// </summary>
    public static RecordedLayouts? Read(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = new List<LayoutRecordFile>();
        foreach (AdditionalText file in additionalFiles)
        {
            string name = System.IO.Path.GetFileName(file.Path);
            bool shipped = string.Equals(name, LayoutRecordFiles.ShippedFileName, StringComparison.Ordinal);
            if (!shipped && !string.Equals(name, LayoutRecordFiles.UnshippedFileName, StringComparison.Ordinal))
            {
                continue;
            }

            if (file.GetText(cancellationToken) is { } text)
            {
                files.Add(ReadFile(file.Path, shipped, text));
            }
        }

        return files.Count == 0 ? null : new RecordedLayouts(files);
    }

    /// <summary>The shipped versions of the layout named <paramref name="name"/>, oldest first; empty when none shipped.</summary>
    public IReadOnlyList<LayoutRecord> Shipped(string name)
        => _shipped.TryGetValue(name, out List<LayoutRecord>? versions) ? versions : [];

    /// <summary>The unshipped entry of version <paramref name="version"/> of <paramref name="name"/>, or null.</summary>
    public LayoutRecord? Unshipped(string name, int version)
        => _unshipped.TryGetValue((name, version), out LayoutRecord? record) ? record : null;

    /// <summary>Whether any version of the layout named <paramref name="name"/> is recorded, shipped or not.</summary>
    public bool IsListed(string name) => _shipped.ContainsKey(name) || _unshipped.Keys.Any(key => key.Item1 == name);

    /// <summary>The lines of the file at <paramref name="path"/> that cannot be read or contradict another file.</summary>
    public IReadOnlyList<LayoutRecordProblem> ProblemsOf(string path)
        => _problemsByPath.TryGetValue(path, out List<LayoutRecordProblem>? problems) ? problems : [];

    // A text read for another path (or kind) is read again rather than cached twice: one text belongs to one file.
    private static LayoutRecordFile ReadFile(string path, bool shipped, SourceText text)
    {
        LayoutRecordFile read = s_readFiles.GetValue(text, t => LayoutRecordParser.Parse(path, shipped, t));
        return read.Path == path && read.IsShipped == shipped ? read : LayoutRecordParser.Parse(path, shipped, text);
    }

    private List<LayoutRecordProblem> ProblemsList(string path)
    {
        if (!_problemsByPath.TryGetValue(path, out List<LayoutRecordProblem>? problems))
        {
            _problemsByPath.Add(path, problems = []);
        }

        return problems;
    }
}
