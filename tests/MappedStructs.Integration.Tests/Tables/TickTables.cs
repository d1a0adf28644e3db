using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>Tables of <see cref="Tick"/> records that the query and bulk tests build, and the key they sort and search by.</summary>
internal static class TickTables
{
    /// <summary>The key the tests sort and search by: <see cref="Tick.Value"/>, read in place.</summary>
    public static long ValueOf(ReadOnlyMappedRecord<Tick> record) => BinaryPrimitives.ReadInt64LittleEndian(record.Bytes[8..]);

    /// <summary>A new table holding one record per value, record i with sequence i, appended one at a time.</summary>
    public static MappedTable<Tick> Create(TempDirectory dir, IReadOnlyList<long> values, long spare = 0)
    {
        var table = MappedTable<Tick>.Create(dir.File($"t-{Guid.NewGuid():N}.tbl"), values.Count + spare);
        for (int i = 0; i < values.Count; i++)
        {
            table.Append(Tick.Create(i, values[i]));
        }

        return table;
    }

    /// <summary>Every record, copied out through the read-only indexer.</summary>
    public static Tick[] ReadAll(MappedTable<Tick> table)
    {
        var records = new Tick[table.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = table.GetReadOnly(i).Load();
        }

        return records;
    }
}
