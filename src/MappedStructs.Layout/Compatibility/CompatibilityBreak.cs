namespace MappedStructs.Layout;

/// <summary>One way a newer layout breaks an older one.</summary>
/// <param name="Field">The field concerned (its newer name; the older name for a removed field), or empty for the layout itself.</param>
/// <param name="Rule">The rule broken.</param>
/// <param name="Message">What differs, in a sentence that names both versions.</param>
internal sealed record CompatibilityBreak(string Field, CompatibilityRule Rule, string Message);
