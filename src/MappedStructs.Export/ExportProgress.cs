namespace MappedStructs.Export;

/// <summary>How far an export has got.</summary>
/// <param name="RecordsWritten">Records written so far.</param>
/// <param name="RecordsTotal">Records the export writes in all.</param>
public readonly record struct ExportProgress(long RecordsWritten, long RecordsTotal);
