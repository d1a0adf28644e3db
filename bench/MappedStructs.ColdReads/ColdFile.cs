using MappedStructs.Peers;

namespace MappedStructs.ColdReads;

/// <summary>The file every method reads and what it needs to know about it.</summary>
/// <param name="Path">The table file.</param>
/// <param name="Table">Where its records are.</param>
/// <param name="Indices">The random record indices of <see cref="Workload.RandomReads"/>.</param>
/// <param name="WindowBytes">The window of the windowed advice methods.</param>
internal sealed record ColdFile(string Path, TableFile Table, long[] Indices, long WindowBytes)
{
    /// <summary>The bytes of the records: the length of a scan.</summary>
    public long RecordBytes => Table.Count * PeerTrade.Size;
}
