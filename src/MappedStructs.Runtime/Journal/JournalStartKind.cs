namespace MappedStructs;

/// <summary>The kinds of <see cref="JournalStart"/>.</summary>
internal enum JournalStartKind
{
    End,
    Oldest,
    Sequence,
    Time,
}
