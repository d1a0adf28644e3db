using System.IO;

namespace MappedStructs.Peers;

/// <summary>Where a table's records are, as the contenders that do not use the table type need it.</summary>
/// <param name="RecordsOffset">The byte offset of record 0 (the header's records offset, field 32 of the file format in docs/tables.md).</param>
/// <param name="Count">The number of records.</param>
internal readonly record struct TableFile(long RecordsOffset, long Count)
{
    private const long RecordsOffsetField = 32;

    /// <summary>Validates the table as <see cref="ReadOnlyMappedTable{T}.Open"/> does, then reads where its records are.</summary>
    public static TableFile Describe(string path)
    {
        long count;
        using (var table = ReadOnlyMappedTable<PeerTrade>.Open(path))
        {
            count = table.Count;
        }

        using var file = MappedFile.Open(path, MapAccess.Read);
        using MappedView header = file.CreateView(0, RecordsOffsetField + sizeof(long));
        long recordsOffset = header.Read<long>(RecordsOffsetField);
        if (recordsOffset <= 0 || file.Length < recordsOffset + (count * PeerTrade.Size))
        {
            throw new InvalidDataException($"'{path}': records offset {recordsOffset} and {count} records do not fit its {file.Length} bytes");
        }

        return new TableFile(recordsOffset, count);
    }
}
