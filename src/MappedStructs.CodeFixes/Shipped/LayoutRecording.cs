using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers.Shipped;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.CodeFixes.Shipped;

/// <summary>
/// Writes layout versions into a project's <c>MappedLayouts.*.txt</c> files: an entry recorded as shipped replaces the
/// same version in the shipped file and leaves the unshipped one (the release step); one recorded as unshipped replaces
/// the same version in the unshipped file. A file the project lacks is created beside the one it has (the diagnostic
/// this serves is only reported when it has one), in the same folder, so that the SDK's default globs or the project's
/// <c>AdditionalFiles</c> item find it next to its twin.
/// </summary>
internal static class LayoutRecording
{
    /// <summary>The entry a MAPS0039 diagnostic carries, or null when it carries none that reads.</summary>
    public static LayoutRecord? EntryOf(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(ShippedLayoutAnalyzer.EntryKey, out string? entry) || entry is null)
        {
            return null;
        }

        LayoutRecordFile read = LayoutRecordParser.Parse(string.Empty, isShipped: true, SourceText.From(LayoutRecordFiles.Header + "\n" + entry));
        return read.Problems.Count == 0 && read.Records.Count == 1 ? read.Records[0] : null;
    }

    /// <summary>
    /// Whether <paramref name="project"/>'s files can take an entry: it has one of them, and each one it has reads without
    /// a problem (a file MAPS0035 reports is mended by hand first: rewriting it would drop the lines it cannot read).
    /// </summary>
    public static async Task<bool> CanRecordAsync(Project project, CancellationToken cancellationToken)
    {
        TextDocument? shipped = Document(project, LayoutRecordFiles.ShippedFileName);
        TextDocument? unshipped = Document(project, LayoutRecordFiles.UnshippedFileName);
        return (shipped is not null || unshipped is not null)
            && (await ReadAsync(shipped, cancellationToken).ConfigureAwait(false) is null or { Problems.Count: 0 })
            && (await ReadAsync(unshipped, cancellationToken).ConfigureAwait(false) is null or { Problems.Count: 0 });
    }

    /// <summary><paramref name="solution"/> with <paramref name="records"/> recorded in the files of the project <paramref name="projectId"/>.</summary>
    public static async Task<Solution> RecordAsync(Solution solution, ProjectId projectId, IReadOnlyCollection<LayoutRecord> records, bool asShipped, CancellationToken cancellationToken)
    {
        if (solution.GetProject(projectId) is not { } project || records.Count == 0 || !await CanRecordAsync(project, cancellationToken).ConfigureAwait(false))
        {
            return solution;
        }

        TextDocument? shipped = Document(project, LayoutRecordFiles.ShippedFileName);
        TextDocument? unshipped = Document(project, LayoutRecordFiles.UnshippedFileName);
        TextDocument? target = asShipped ? shipped : unshipped;
        TextDocument? twin = asShipped ? unshipped : shipped;
        IReadOnlyList<LayoutRecord> entries = (await ReadAsync(target, cancellationToken).ConfigureAwait(false))?.Records ?? [];
        foreach (LayoutRecord record in records)
        {
            entries = LayoutRecordWriter.With(entries, record);
        }

        var text = SourceText.From(LayoutRecordWriter.Write(entries));
        if (target is not null)
        {
            solution = solution.WithAdditionalDocumentText(target.Id, text);
        }
        else if (twin is not null)
        {
            string fileName = asShipped ? LayoutRecordFiles.ShippedFileName : LayoutRecordFiles.UnshippedFileName;
            string? folder = twin.FilePath is { } path ? System.IO.Path.GetDirectoryName(path) : null;
            string? filePath = folder is null ? null : System.IO.Path.Combine(folder, fileName);
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), fileName, text, twin.Folders, filePath);
        }

        if (asShipped && await ReadAsync(unshipped, cancellationToken).ConfigureAwait(false) is { } unshippedFile)
        {
            IReadOnlyList<LayoutRecord> remaining = unshippedFile.Records;
            foreach (LayoutRecord record in records)
            {
                remaining = LayoutRecordWriter.Without(remaining, record.Name, record.Version);
            }

            if (remaining.Count != unshippedFile.Records.Count)
            {
                solution = solution.WithAdditionalDocumentText(unshipped!.Id, SourceText.From(LayoutRecordWriter.Write(remaining)));
            }
        }

        return solution;
    }

    private static TextDocument? Document(Project project, string fileName)
        => project.AdditionalDocuments.FirstOrDefault(document =>
            string.Equals(System.IO.Path.GetFileName(document.FilePath ?? document.Name), fileName, StringComparison.Ordinal));

    private static async Task<LayoutRecordFile?> ReadAsync(TextDocument? document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return null;
        }

        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return LayoutRecordParser.Parse(document.FilePath ?? document.Name, isShipped: true, text);
    }
}
