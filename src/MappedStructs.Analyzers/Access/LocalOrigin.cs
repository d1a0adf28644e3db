using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Access;

/// <summary>What a method shows about where a local's value came from, when the local is assigned exactly once.</summary>
/// <param name="Local">The local.</param>
/// <param name="Value">The one value the local is ever given.</param>
/// <param name="Position">Where the local gets its value in the source.</param>
internal sealed record LocalOrigin(ILocalSymbol Local, IOperation Value, int Position)
{
    /// <summary>The file, view or local the value derives from (a view's file, a Ref's view), if the method shows it.</summary>
    internal ILocalSymbol? Parent { get; set; }

    /// <summary>A file opened with <c>MapAccess.Read</c>, or a view or Ref of one.</summary>
    internal bool IsReadOnlyMapping { get; set; }

    /// <summary>For a view: its constant offset in the file, if known.</summary>
    internal long? ViewOffset { get; set; }

    /// <summary>For a view: its constant length, if known.</summary>
    internal long? ViewLength { get; set; }
}
