namespace MappedStructs.Tool;

/// <summary>What the tool's exit code says.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked; <c>verify</c> found the file healthy.</summary>
    public const int Success = 0;

    /// <summary>The file is not a healthy table (<c>verify</c> lists the problems), is not a table at all, or cannot be read.</summary>
    public const int BadFile = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed value.</summary>
    public const int BadArguments = 2;
}
