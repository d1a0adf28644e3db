using System.IO;

namespace MappedStructs;

/// <summary>A journal file that is not what it must be: truncated, corrupted, of another journal, or holding an impossible frame. The message names the file.</summary>
public sealed class InvalidJournalFileException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/> with what is wrong in <paramref name="problem"/>.</summary>
    public InvalidJournalFileException(string path, string problem)
        : base($"'{path}' is not a valid journal file: {problem}")
    {
        FilePath = path;
    }

    /// <summary>The bad file.</summary>
    public string FilePath { get; }
}
