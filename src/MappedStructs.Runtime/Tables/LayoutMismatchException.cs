using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MappedStructs.Layout;

namespace MappedStructs;

/// <summary>
/// Thrown when a table file was written with a different layout than the type it is opened with (the fingerprints or
/// record sizes differ). The message shows both layouts side by side, the file's on the left.
/// </summary>
public sealed class LayoutMismatchException : InvalidTableFileException
{
    /// <summary>Creates the exception from the file's stored layout text and the opening type's description.</summary>
    public LayoutMismatchException(string filePath, string fileLayout, string expectedLayout)
        : base(filePath, TableFileProblem.LayoutMismatch, FormatMessage(filePath, fileLayout, expectedLayout), null)
    {
        FileLayout = fileLayout;
        ExpectedLayout = expectedLayout;
    }

    /// <summary>The layout description stored in the file.</summary>
    public string FileLayout { get; }

    /// <summary>The description of the type the file was opened with.</summary>
    public string ExpectedLayout { get; }

    /// <summary>Creates the exception for a file of another layout version whose fields break the evolution rules.</summary>
    internal LayoutMismatchException(string filePath, string fileLayout, string expectedLayout, IReadOnlyList<CompatibilityBreak> breaks)
        : base(filePath, TableFileProblem.LayoutMismatch, FormatMessage(filePath, fileLayout, expectedLayout, breaks), null)
    {
        FileLayout = fileLayout;
        ExpectedLayout = expectedLayout;
        BrokenRules = [.. breaks.Select(b => $"{b.Rule}: {b.Message}")];
    }

    /// <summary>
    /// For a file of another layout version, each evolution rule its layout and the opening type's break, as
    /// <c>Rule: sentence</c> (<c>OffsetChanged: field 'Price' is at offset 16 in version 2 but at 8 in version 1</c>);
    /// empty when the layouts simply differ without versions (see <c>docs/versioning.md</c>).
    /// </summary>
    public IReadOnlyList<string> BrokenRules { get; } = [];

    private static string FormatMessage(string filePath, string fileLayout, string expectedLayout, IReadOnlyList<CompatibilityBreak> breaks)
    {
        var text = new StringBuilder(FormatMessage(filePath, fileLayout, expectedLayout, breaks.Select(b => b.Field).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal)));
        text.Append("\nThe layouts are versions of one layout, but records of the file cannot be read through the type:");
        foreach (CompatibilityBreak broken in breaks)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {broken.Rule}: {broken.Message}");
        }

        return text.ToString();
    }

    private static string FormatMessage(string filePath, string fileLayout, string expectedLayout) =>
        FormatMessage(filePath, fileLayout, expectedLayout, new HashSet<string>(StringComparer.Ordinal));

    // The lines of fields named in brokenFields are marked as well, whatever their text: a field whose line reads the same
    // on both sides can still break a rule (a field of the file missing from the type shows on one side only).
    private static string FormatMessage(string filePath, string fileLayout, string expectedLayout, HashSet<string> brokenFields)
    {
        string[] left = SplitLines(fileLayout);
        string[] right = SplitLines(expectedLayout);
        const string LeftTitle = "in the file";
        int width = LeftTitle.Length;
        foreach (string line in left)
        {
            width = Math.Max(width, line.Length);
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"'{filePath}' was written with a different layout than the type it is opened with.\n");
        text.Append(CultureInfo.InvariantCulture, $"  {LeftTitle.PadRight(width)} | opened as\n");
        for (int i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            string l = i < left.Length ? left[i] : string.Empty;
            string r = i < right.Length ? right[i] : string.Empty;
            char marker = string.Equals(l, r, StringComparison.Ordinal) && !NamesField(l, brokenFields) ? ' ' : '*';
            text.Append(CultureInfo.InvariantCulture, $"{marker} {l.PadRight(width)} | {r}\n");
        }

        text.Append("Lines marked * differ. Open the file with the layout it was written with, or convert it.");
        return text.ToString();
    }

    private static bool NamesField(string line, HashSet<string> fields)
    {
        foreach (string token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (fields.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] SplitLines(string text) =>
        text.TrimEnd('\n').Split('\n');
}
