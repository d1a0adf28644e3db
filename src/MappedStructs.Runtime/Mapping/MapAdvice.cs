namespace MappedStructs;

/// <summary>
/// A hint to the OS about how a range of a mapping will be used (madvise on Linux and macOS, PrefetchVirtualMemory for
/// <see cref="WillNeed"/> on Windows). Hints never change the bytes a <see cref="MapAccess.Read"/> or
/// <see cref="MapAccess.ReadWrite"/> mapping shows; where the OS has no equivalent the call does nothing (see docs/runtime.md).
/// </summary>
public enum MapAdvice
{
    /// <summary>No special treatment (undoes the other access-pattern hints).</summary>
    Normal = 0,

    /// <summary>Pages will be read in order: read ahead aggressively and drop pages soon after use.</summary>
    Sequential = 1,

    /// <summary>Pages will be touched in no order: do not read ahead.</summary>
    Random = 2,

    /// <summary>The range will be needed soon: start reading it in.</summary>
    WillNeed = 3,

    /// <summary>The range is not needed for now: the OS may drop its pages (a shared mapping reloads them from the file).</summary>
    DontNeed = 4,

    /// <summary>Back the range with transparent huge pages where the kernel supports it (Linux only).</summary>
    HugePage = 5,

    /// <summary>Do not back the range with transparent huge pages (Linux only).</summary>
    NoHugePage = 6,
}
