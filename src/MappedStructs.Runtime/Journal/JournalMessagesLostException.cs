using System.IO;

namespace MappedStructs;

/// <summary>A tailer needs messages that retention has deleted: <see cref="FirstMissing"/> to <see cref="LastMissing"/> are gone.</summary>
public sealed class JournalMessagesLostException : IOException
{
    /// <summary>Creates the exception for the journal in <paramref name="directory"/> missing the given inclusive range.</summary>
    public JournalMessagesLostException(string directory, long firstMissing, long lastMissing)
        : base($"The journal '{directory}' no longer holds messages {firstMissing} to {lastMissing}: their cycle files were deleted by retention. Start the tailer at sequence {lastMissing + 1} or later.")
    {
        FirstMissing = firstMissing;
        LastMissing = lastMissing;
    }

    /// <summary>The first sequence number that is gone.</summary>
    public long FirstMissing { get; }

    /// <summary>The last sequence number that is gone.</summary>
    public long LastMissing { get; }
}
