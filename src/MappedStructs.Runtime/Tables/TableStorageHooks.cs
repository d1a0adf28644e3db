using System;

namespace MappedStructs;

/// <summary>
/// Seams a test passes to one <see cref="TableStorage"/> (through the tables' internal Open overloads) to run code at a
/// moment it could not otherwise reach. Production storages have none (null), so no test can change how they behave.
/// </summary>
internal sealed class TableStorageHooks
{
    /// <summary>
    /// Runs on the remapping thread between its read of the header's capacity and its read of the file's length, where a
    /// writer growing the file again must not make the table look corrupt. Settable so a test can stop it after the moment it targets.
    /// </summary>
    public Action? BetweenCapacityAndLengthReads { get; set; }

    /// <summary>
    /// Makes the storage behave as for a version 1 file: flushes only sync the mapping, and the live count is always
    /// served. Lets the crash tests show what happens without the commit protocol.
    /// </summary>
    public bool CommitProtocolDisabled { get; init; }

    /// <summary>
    /// Runs in Open after the file is mapped and before its header is read, where a writer growing the file must not make
    /// the table look corrupt (the mapping is then shorter than the capacity the header holds).
    /// </summary>
    public Action? BetweenMappingAndHeaderRead { get; set; }

    /// <summary>Runs after an open validated the table's header and before it opens the heap the header names: where a rewrite renamed over the table meanwhile.</summary>
    public Action? BetweenHeaderAndHeapOpen { get; set; }

    /// <summary>
    /// Runs in a commit after the heap's length was committed and before the records are synced and the count committed:
    /// the moment a crash would leave a durable heap and the previous count.
    /// </summary>
    public Action? BetweenHeapAndCountCommits { get; set; }
}
