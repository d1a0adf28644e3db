namespace MappedStructs.Export;

/// <summary>What an export wrote.</summary>
/// <param name="FirstRecord">The index of the first record written.</param>
/// <param name="RecordCount">How many records were written.</param>
/// <param name="NextRecord">The index after the last one written: the <see cref="ExportOptions.FromRecord"/> of the next incremental export.</param>
public sealed record ExportResult(long FirstRecord, long RecordCount, long NextRecord);
