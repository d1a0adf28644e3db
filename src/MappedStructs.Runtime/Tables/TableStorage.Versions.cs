using System;

namespace MappedStructs;

/// <summary>
/// A file of another layout version (docs/versioning.md): the typed table's records keep the file's stride
/// (<see cref="RecordSize"/>, SBE's block length) and are viewed over <see cref="TypedRecordLength"/> bytes, the shorter of
/// that stride and the layout's size, so that a view of the newer layout over an older record reads the fields added since
/// as their defaults, and a view of the older layout over a newer record reads the prefix it knows.
/// </summary>
internal sealed partial class TableStorage
{
    /// <summary>How the file's layout version relates to the opening layout's; both 1 for a file opened by exact layout.</summary>
    public TableLayoutVersions Versions { get; private set; } = new(1, 1);

    /// <summary>The bytes of each record a typed view is made over: the layout's size, or the file's stride when that is shorter.</summary>
    public int TypedRecordLength { get; private set; }

    /// <summary>Whether the file's stride differs from the typed layout's size, so that records are addressed at the file's stride rather than at the layout's size as a JIT constant.</summary>
    public bool HasOtherStride { get; private set; }

    /// <summary>
    /// Binds the typed table's layout, once: an exact file gives its records the layout's size; a file of another version
    /// (accepted at open by <see cref="TableLayoutVersions.Decide"/>) keeps its own stride. Any other size is refused, and
    /// the storage disposed, as <see cref="RequireRecordSize"/> does.
    /// </summary>
    public void BindLayout(int layoutSize, string layoutName)
    {
        if (Versions.FileVersion == Versions.CodeVersion)
        {
            RequireRecordSize(layoutSize, layoutName);
        }

        TypedRecordLength = Math.Min(layoutSize, RecordSize);
        HasOtherStride = layoutSize != RecordSize;
    }

    /// <summary>Refuses an append by code older than the file: it would leave the fields of the newer version undefined.</summary>
    public void RequireNotNewerFile()
    {
        if (Versions.FileIsNewer)
        {
            throw new InvalidOperationException(
                $"'{Path}' was written by layout version {Versions.FileVersion}, newer than this code's version {Versions.CodeVersion}: records appended here would leave the fields added since undefined. Append with code of version {Versions.FileVersion} or later.");
        }
    }
}
