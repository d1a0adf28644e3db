using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace MappedStructs;

/// <summary>Rewriting a table file of an older layout version to the current one (docs/versioning.md, "Upgrading").</summary>
public sealed partial class MappedTable<T>
{
    /// <summary>
    /// Rewrites <paramref name="path"/>, a table file of an older version of <typeparamref name="T"/>'s layout, to the
    /// current one: every record is read through the current layout (fields added since read as their defaults) and
    /// written at the current size into a new file beside it, which is flushed and then renamed over the old one. A crash
    /// at any moment leaves one of the two files whole at the path; readers that hold the old file keep reading it, and
    /// the next open sees the upgraded one. A table with variable-length fields gets a new heap holding the values its
    /// records reference, as <see cref="Compact"/> writes it. Returns false, leaving the file alone, when it already has the
    /// current layout.
    /// </summary>
    /// <exception cref="LayoutMismatchException">The file's layout is not a compatible version of <typeparamref name="T"/>'s.</exception>
    /// <exception cref="InvalidOperationException">The file was written by a newer version: upgrading it would drop the fields this code does not know.</exception>
    /// <exception cref="IOException">Another table is appending to the file (an upgrade takes the writer lock, so that no append is lost), or writing the new file failed (the old one is left as it was).</exception>
    /// <exception cref="PlatformNotSupportedException">On Windows, which cannot rename over a mapped file.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<Trade>.Upgrade(path) names the record type once, where it is needed.")]
    public static bool Upgrade(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        LayoutInfo layout = FixedOrderLayout.Of<T>();
        using TableStorage source = TableRewrite.OpenSource(path, layout, LayoutSize<T>.Value, "upgraded");
        if (source.Versions.FileIsNewer)
        {
            throw new InvalidOperationException(
                $"'{path}' was written by layout version {source.Versions.FileVersion}, newer than {layout.Name}'s version {source.Versions.CodeVersion}: rewriting it would drop the fields added since. Upgrade it with code of version {source.Versions.FileVersion} or later.");
        }

        if (source.Versions.FileVersion == source.Versions.CodeVersion && !source.HasOtherStride)
        {
            return false;
        }

        // As the appender, no other table can append while the records are copied: none is lost to the rename.
        source.EnsureAppender();
        long count = source.ReadCount();
        TableRewrite.Replace(source, layout, count, upgraded =>
        {
            // Through the layout's heap-aware load and store, so the values move to the new heap in record order.
            for (long i = 0; i < count; i++)
            {
                T.StoreTo(T.LoadFrom(source.RecordBytes(i), source.Heap), upgraded.RecordBytes(i), upgraded.Heap);
            }
        });
        return true;
    }
}
