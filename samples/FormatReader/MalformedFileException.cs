using System;
using System.IO;

namespace FormatReader;

/// <summary>A file whose bytes break its format's rules; the message names the file and what is wrong, and the sample exits with 2.</summary>
public sealed class MalformedFileException : Exception
{
    public MalformedFileException()
    {
    }

    public MalformedFileException(string message)
        : base(message)
    {
    }

    public MalformedFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A problem in <paramref name="path"/>: the message reads "FILE: PROBLEM".</summary>
    public static MalformedFileException In(string path, string problem) => new($"{Path.GetFullPath(path)}: {problem}");
}
