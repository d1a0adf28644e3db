namespace MappedStructs;

/// <summary>Windows: a window's file offset is a multiple of the allocation granularity, as MapViewOfFile requires.</summary>
internal sealed partial class SlidingWindow
{
    /// <summary>
    /// SYSTEM_INFO.dwAllocationGranularity, 64 KiB on every Windows release and processor. A constant rather than a
    /// GetSystemInfo call: were a system to report more, .NET's view accessor aligns the offset down itself, so a window
    /// would map a little more than asked, never other bytes.
    /// </summary>
    private const long WindowsGranularity = 64 * 1024;
}
