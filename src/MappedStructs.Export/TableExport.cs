using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using ParquetSharp;

namespace MappedStructs.Export;

/// <summary>
/// Exports a table opened by its stored layout (<see cref="DescribedTable"/>) to the Arrow IPC file format or to Parquet, in
/// record batches of <see cref="ExportOptions.BatchSize"/> records, so memory does not grow with the table. Both formats are
/// written from the same Arrow batches (<see cref="RecordBatches"/>); Parquet through ParquetSharp's Arrow writer (Apache
/// Arrow's C++ Parquet implementation). The records exported are those published when the export starts, from
/// <see cref="ExportOptions.FromRecord"/> on; a writer appending meanwhile is not waited for. A file export writes beside its
/// destination and renames over it at the end, so a failed export never leaves a file that looks complete.
/// </summary>
public static class TableExport
{
    // The file stream's buffer gathers the writer's small writes (message lengths, metadata, padding). A larger column buffer
    // tops it up and goes to the file past it, so at most this many of its bytes are copied on the way.
    private const int OutputBufferBytes = 4096;

    /// <summary>The Arrow schema of <paramref name="table"/>'s export: one non-nullable column per field (docs/tool.md, "Type mapping").</summary>
    public static Schema ArrowSchema(DescribedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ColumnEncoders.SchemaOf(table, ColumnEncoders.For(table));
    }

    /// <summary>
    /// The records as Arrow record batches, made one at a time as the sequence is enumerated (a batch's arrays own their memory,
    /// so a consumer may keep them after the table is disposed).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ExportOptions.FromRecord"/> is past the published records, or a count is negative.</exception>
    /// <exception cref="InvalidDataException">A record holds invalid UTF-8 text or a tick count outside <see cref="DateTime"/>'s range; the message names the record, the field and the file.</exception>
    public static IEnumerable<RecordBatch> RecordBatches(DescribedTable table, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new ExportOptions();
        (long first, long total) = Range(table, options);
        return Batches(table, options, first, total);
    }

    /// <summary>Writes the records to <paramref name="destination"/> in the Arrow IPC file format (Feather v2).</summary>
    /// <inheritdoc cref="RecordBatches" path="/exception"/>
    public static ExportResult ToArrowFile(DescribedTable table, Stream destination, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new ExportOptions();
        (long first, long total) = Range(table, options);
        var encoder = new BatchEncoder(table);
        using var writer = new ArrowFileWriter(destination, encoder.Schema, leaveOpen: true);

        // The magic and the schema first, even for an empty range: the writer only writes them with a first batch, and an
        // export of no records would otherwise be a footer alone, which no reader opens.
        writer.WriteStart();
        BatchPipeline.Run(encoder, first, total, BatchSize(encoder, options), writer.WriteRecordBatch, options.Progress);
        writer.WriteEnd();
        return new ExportResult(first, total, first + total);
    }

    /// <summary>Writes the records to the file <paramref name="path"/> in the Arrow IPC file format, replacing it at the end.</summary>
    /// <inheritdoc cref="RecordBatches" path="/exception"/>
    public static ExportResult ToArrowFile(DescribedTable table, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return WriteBeside(path, partial =>
        {
            using var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, OutputBufferBytes);
            return ToArrowFile(table, stream, options);
        });
    }

    /// <summary>
    /// Writes the records to the Parquet file <paramref name="path"/> (Snappy-compressed, row groups of up to a million rows),
    /// replacing it at the end.
    /// </summary>
    /// <inheritdoc cref="RecordBatches" path="/exception"/>
    public static ExportResult ToParquet(DescribedTable table, string path, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new ExportOptions();
        (long first, long total) = Range(table, options);
        return WriteBeside(path, partial =>
        {
            using WriterProperties properties = new WriterPropertiesBuilder().Compression(Compression.Snappy).MaxRowGroupLength(1 << 20).Build();
            var encoder = new BatchEncoder(table);
            using var writer = new ParquetSharp.Arrow.FileWriter(partial, encoder.Schema, properties);
            BatchPipeline.Run(encoder, first, total, BatchSize(encoder, options), writer.WriteBufferedRecordBatch, options.Progress);
            writer.Close();
            return new ExportResult(first, total, first + total);
        });
    }

    private static (long First, long Total) Range(DescribedTable table, ExportOptions options)
    {
        long count = table.Count;
        if (options.FromRecord < 0 || options.FromRecord > count)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FromRecord, $"The export starts at record {options.FromRecord}, but '{table.Path}' has {count} records.");
        }

        if (options.MaxRecords < 0 || options.BatchSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"MaxRecords ({options.MaxRecords}) must not be negative and BatchSize ({options.BatchSize}) must be positive.");
        }

        long available = count - options.FromRecord;
        return (options.FromRecord, options.MaxRecords is long max ? Math.Min(max, available) : available);
    }

    // Each batch in memory of its own (a new set of buffers per batch), since the caller may keep it.
    private static IEnumerable<RecordBatch> Batches(DescribedTable table, ExportOptions options, long first, long total)
    {
        var encoder = new BatchEncoder(table);
        int batchSize = BatchSize(encoder, options);
        for (long done = 0; done < total;)
        {
            int rows = (int)Math.Min(batchSize, total - done);
            yield return encoder.Encode(first + done, rows, new BatchBuffers());
            done += rows;
            options.Progress?.Invoke(new ExportProgress(done, total));
        }
    }

    private static int BatchSize(BatchEncoder encoder, ExportOptions options) => Math.Min(options.BatchSize, encoder.MaxBatchSize);

    // Writes beside the path and renames over it only when the whole export succeeded, through the runtime's one replacement
    // (write-through on Windows, the directory synced on Unix, a link's target replaced, the old file's permissions kept):
    // a crash or a failed export leaves yesterday's file whole.
    private static ExportResult WriteBeside(string path, Func<string, ExportResult> write) =>
        AtomicFileReplacement.Replace(path, write, static _ => { });
}
