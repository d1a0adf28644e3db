using System;
using System.Buffers.Binary;

namespace MappedStructs;

/// <summary>
/// Which boot of the machine this is, so that recovery can tell a process crash (the page cache kept every published
/// frame) from a reboot (pages not yet synced may be lost or torn). Each OS names its boots with a value a clock step
/// does not move: Linux's random boot id, macOS's boot session UUID, Windows' boot time less the clock steps since
/// (<c>BootIdentity.Unix.cs</c>, <c>BootIdentity.Windows.cs</c>). Only where none can be read does it fall back to the
/// wall clock less the uptime, to within 30 seconds (a larger clock step then looks like a reboot).
/// </summary>
internal static partial class BootIdentity
{
    public const int Size = 16;

    private static readonly TimeSpan s_fallbackTolerance = TimeSpan.FromSeconds(30);

    /// <summary>Writes this boot's identity: the OS's, or the fallback boot time in UTC ticks followed by eight zero bytes.</summary>
    public static void WriteCurrent(Span<byte> destination)
    {
        bool read = OperatingSystem.IsWindows() ? TryWriteWindows(destination) : TryWriteUnix(destination);
        if (!read)
        {
            BinaryPrimitives.WriteInt64LittleEndian(destination, FallbackBootTime());
            destination[8..Size].Clear();
        }
    }

    /// <summary>Whether <paramref name="stored"/> is a boot identity at all (an appender ever ran).</summary>
    public static bool IsRecorded(ReadOnlySpan<byte> stored) => stored[..Size].IndexOfAnyExcept((byte)0) >= 0;

    /// <summary>Whether <paramref name="stored"/> names this boot.</summary>
    public static bool IsCurrent(ReadOnlySpan<byte> stored)
    {
        Span<byte> current = stackalloc byte[Size];
        WriteCurrent(current);
        return Matches(stored, current);
    }

    /// <summary>An identity the OS gave matches byte for byte; two fallback boot times match within the tolerance.</summary>
    public static bool Matches(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> current)
    {
        if (IsFallback(stored) && IsFallback(current))
        {
            long difference = BinaryPrimitives.ReadInt64LittleEndian(current) - BinaryPrimitives.ReadInt64LittleEndian(stored);
            return Math.Abs(difference) <= s_fallbackTolerance.Ticks;
        }

        return current[..Size].SequenceEqual(stored[..Size]);
    }

    /// <summary>Whether <paramref name="identity"/> is the fallback's: a boot time and eight zero bytes.</summary>
    public static bool IsFallback(ReadOnlySpan<byte> identity) => identity[8..Size].IndexOfAnyExcept((byte)0) < 0;

    private static long FallbackBootTime() => DateTime.UtcNow.Ticks - (Environment.TickCount64 * TimeSpan.TicksPerMillisecond);
}
