using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// Helpers that generated views of versioned layouts call (<see cref="MappedLayoutAttribute.Version"/>,
/// <see cref="FieldAttribute.Since"/>, <see cref="FieldAttribute.Deprecated"/>): the check that a field added in a later
/// version is in the record a view was made over (a record of an older file is shorter), and the exceptions for writing a
/// field a record does not have or a deprecated one. Only fields added later pay the check; see <c>docs/versioning.md</c>.
/// Not intended for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VersionedFields
{
    /// <summary>
    /// Returns <paramref name="start"/> after checking that the record of <paramref name="recordLength"/> bytes holds the
    /// field ending at <paramref name="fieldEnd"/>, so that a setter can check and address in one expression; throws through
    /// <see cref="ThrowNotInRecord"/> otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte CheckInRecord(ref byte start, int recordLength, int fieldEnd, string fieldName, int since)
    {
        if (recordLength < fieldEnd)
        {
            ThrowNotInRecord(fieldName, since, recordLength);
        }

        return ref start;
    }

    /// <summary>
    /// Throws the exception for writing <paramref name="fieldName"/>, added in version <paramref name="since"/>, to a record
    /// of <paramref name="recordLength"/> bytes: one written by a version before <paramref name="since"/>, whose file has
    /// no bytes for it. Upgrading the file (<c>MappedTable&lt;T&gt;.Upgrade</c>) gives its records the field.
    /// </summary>
    [DoesNotReturn]
    public static void ThrowNotInRecord(string fieldName, int since, int recordLength) =>
        throw new InvalidOperationException(
            $"{fieldName} was added in layout version {since}, but this record has {recordLength} bytes: it was written by a version before {since}, which has no bytes for the field. Upgrade the file to the current layout (MappedTable<T>.Upgrade) to write it.");

    /// <summary>The exception for writing <paramref name="fieldName"/>, deprecated in version <paramref name="deprecated"/>: its bytes are kept, its value is not used.</summary>
    public static NotSupportedException DeprecatedWrite(string fieldName, int deprecated) =>
        new($"{fieldName} was deprecated in layout version {deprecated}: it keeps its bytes but is no longer read or written (reads give its Default).");
}
