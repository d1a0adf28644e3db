using System;

namespace MappedStructs;

/// <summary>Linux and macOS: a window's file offset is a multiple of the page size, as mmap requires.</summary>
internal sealed partial class SlidingWindow
{
    private static long UnixGranularity => Environment.SystemPageSize;
}
