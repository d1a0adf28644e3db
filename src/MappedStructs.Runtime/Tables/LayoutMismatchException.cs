using System;
using System.Globalization;
using System.Text;

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

    private static string FormatMessage(string filePath, string fileLayout, string expectedLayout)
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
            char marker = string.Equals(l, r, StringComparison.Ordinal) ? ' ' : '*';
            text.Append(CultureInfo.InvariantCulture, $"{marker} {l.PadRight(width)} | {r}\n");
        }

        text.Append("Lines marked * differ. Open the file with the layout it was written with, or convert it.");
        return text.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.TrimEnd('\n').Split('\n');
}
