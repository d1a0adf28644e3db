using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>One <c>MappedLayouts.*.txt</c> file, read: the entries it holds and the lines it could not read.</summary>
/// <param name="Path">The file's path, as the compilation's additional file names it.</param>
/// <param name="IsShipped">Whether it is a <c>MappedLayouts.Shipped.txt</c> (else an unshipped file).</param>
/// <param name="Text">The text it was read from, for placing problems on their lines.</param>
/// <param name="Records">The entries read, in file order (an entry with a bad line is left out).</param>
/// <param name="Problems">The lines that could not be read, in file order.</param>
internal sealed record LayoutRecordFile(string Path, bool IsShipped, SourceText Text, IReadOnlyList<LayoutRecord> Records, IReadOnlyList<LayoutRecordProblem> Problems)
{
    /// <summary>The file's name without its folder.</summary>
    public string FileName => IsShipped ? LayoutRecordFiles.ShippedFileName : LayoutRecordFiles.UnshippedFileName;
}
