using System;
using System.IO;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>An export's memory is a fixed number of batches' columns, whatever the number of records it exports.</summary>
[Collection(nameof(AllocationMeasurement))]
public sealed class ExportMemoryTests : IDisposable
{
    private const int BatchSize = 4000;
    private const int RecordSize = 32;

    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_Arrow_export_allocates_no_column_memory_per_batch_once_its_buffers_exist()
    {
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 20 * BatchSize));
        _ = Allocated(table, batches: 2);

        long few = Allocated(table, batches: 2);
        long many = Allocated(table, batches: 20);

        // Each batch holds 4,000 records of 32 bytes (128,000 bytes, more in its text column's bound); what an extra batch may
        // allocate is its Arrow objects and the writer's metadata, a small part of that.
        long perExtraBatch = (many - few) / 18;
        Assert.True(perExtraBatch < BatchSize * RecordSize / 8, $"Each extra batch allocated {perExtraBatch} bytes (2 batches: {few}, 20 batches: {many}).");
    }

    private static long Allocated(DescribedTable table, int batches)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        TableExport.ToArrowFile(table, Stream.Null, new ExportOptions { BatchSize = BatchSize, MaxRecords = batches * BatchSize });
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}
