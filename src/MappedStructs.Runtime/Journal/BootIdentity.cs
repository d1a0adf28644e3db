using System;
using System.Buffers.Binary;
using System.IO;

namespace MappedStructs;

/// <summary>
/// Which boot of the machine this is, so that recovery can tell a process crash (the page cache kept every published
/// frame) from a reboot (pages not yet synced may be lost or torn). Linux names each boot with a random id; elsewhere the
/// boot time is computed from the uptime, which only identifies a boot to within 30 seconds.
/// </summary>
internal static class BootIdentity
{
    public const int Size = 16;

    private const string LinuxBootIdFile = "/proc/sys/kernel/random/boot_id";
    private static readonly TimeSpan s_bootTimeTolerance = TimeSpan.FromSeconds(30);

    /// <summary>Writes this boot's identity: the Linux boot id, or the boot time in UTC ticks followed by eight zero bytes.</summary>
    public static void WriteCurrent(Span<byte> destination)
    {
        if (OperatingSystem.IsLinux() && Guid.TryParse(ReadLinuxBootId(), out Guid bootId))
        {
            bootId.TryWriteBytes(destination);
            return;
        }

        BinaryPrimitives.WriteInt64LittleEndian(destination, BootTime());
        destination[8..Size].Clear();
    }

    /// <summary>Whether <paramref name="stored"/> is a boot identity at all (an appender ever ran).</summary>
    public static bool IsRecorded(ReadOnlySpan<byte> stored) => stored[..Size].IndexOfAnyExcept((byte)0) >= 0;

    /// <summary>Whether <paramref name="stored"/> names this boot.</summary>
    public static bool IsCurrent(ReadOnlySpan<byte> stored)
    {
        Span<byte> current = stackalloc byte[Size];
        WriteCurrent(current);
        bool currentIsTime = current[8..].IndexOfAnyExcept((byte)0) < 0;
        bool storedIsTime = stored[8..Size].IndexOfAnyExcept((byte)0) < 0;
        if (currentIsTime && storedIsTime)
        {
            long difference = BinaryPrimitives.ReadInt64LittleEndian(current) - BinaryPrimitives.ReadInt64LittleEndian(stored);
            return Math.Abs(difference) <= s_bootTimeTolerance.Ticks;
        }

        return current.SequenceEqual(stored[..Size]);
    }

    private static string ReadLinuxBootId()
    {
        try
        {
            return File.ReadAllText(LinuxBootIdFile).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static long BootTime() => DateTime.UtcNow.Ticks - (Environment.TickCount64 * TimeSpan.TicksPerMillisecond);
}
