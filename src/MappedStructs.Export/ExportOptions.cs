using System;

namespace MappedStructs.Export;

/// <summary>Which records an export writes, in what batches, and whom it tells how far it got.</summary>
public sealed class ExportOptions
{
    /// <summary>
    /// The first record to export (default 0). An incremental export passes the <see cref="ExportResult.NextRecord"/> of the
    /// previous run, so a daily job ships only the records appended since.
    /// </summary>
    public long FromRecord { get; init; }

    /// <summary>How many records to export at most; null (the default) exports every record published when the export starts.</summary>
    public long? MaxRecords { get; init; }

    /// <summary>Records per Arrow record batch (default 65,536): the memory an export holds at once is about this many records' values.</summary>
    public int BatchSize { get; init; } = 65_536;

    /// <summary>Called after each batch is written, on the exporting thread.</summary>
    public Action<ExportProgress>? Progress { get; init; }
}
