namespace MappedStructs.Generator;

/// <summary>One generated file: its hint name and text.</summary>
internal sealed record GeneratedLayoutSource(string HintName, string Text);
