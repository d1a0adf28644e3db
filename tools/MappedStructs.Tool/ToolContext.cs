using System.IO;

namespace MappedStructs.Tool;

/// <summary>Where a command writes its output and errors, and how it shows progress.</summary>
internal sealed record ToolContext(TextWriter Output, TextWriter Error, TerminalProgress Progress);
