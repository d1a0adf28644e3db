namespace MappedStructs.Analyzers.Shipped;

/// <summary>Why one line of a <c>MappedLayouts.*.txt</c> file cannot be read.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Message">What is wrong, and what the line should say.</param>
internal sealed record LayoutRecordProblem(int Line, string Message);
