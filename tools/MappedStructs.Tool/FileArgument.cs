using System.CommandLine;

namespace MappedStructs.Tool;

/// <summary>The FILE argument every command takes.</summary>
internal static class FileArgument
{
    public static Argument<string> Create() => new("FILE") { Description = "The table file." };
}
