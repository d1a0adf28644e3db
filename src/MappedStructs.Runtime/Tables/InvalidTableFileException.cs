using System;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Thrown when a file cannot be opened as a table: it is truncated, not a table, of an unknown version, or its header
/// holds numbers that are impossible or inconsistent with the file's length. The file is never modified.
/// </summary>
public class InvalidTableFileException : IOException
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    public InvalidTableFileException(string filePath, TableFileProblem problem, string detail)
        : base($"'{filePath}' is not a valid MappedStructs table ({problem}): {detail}")
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>Creates the exception with a fully formatted message (used by subclasses).</summary>
    protected InvalidTableFileException(string filePath, TableFileProblem problem, string message, Exception? innerException)
        : base(message, innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file that was refused.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public TableFileProblem Problem { get; }
}
