using System;
using System.IO;
using System.Runtime.Versioning;
using System.Text;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>Linux: <c>/proc/sys/kernel/random/boot_id</c>. macOS: <c>sysctl kern.bootsessionuuid</c>. Both are a UUID per boot.</summary>
internal static partial class BootIdentity
{
    private const string LinuxBootIdFile = "/proc/sys/kernel/random/boot_id";

    [UnsupportedOSPlatform("windows")]
    private static bool TryWriteUnix(Span<byte> destination)
    {
        string text = OperatingSystem.IsLinux() ? ReadLinuxBootId() : OperatingSystem.IsMacOS() ? ReadMacBootSession() : string.Empty;
        return Guid.TryParse(text, out Guid bootId) && bootId.TryWriteBytes(destination);
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

    [SupportedOSPlatform("macos")]
    private static unsafe string ReadMacBootSession()
    {
        // 36 characters and the terminator; room to spare, and the length the kernel reports is checked against it.
        byte* value = stackalloc byte[64];
        nuint length = 64;
        if (MacSysctl.SysctlByName(MacSysctl.BootSessionUuid, value, &length, null, 0) != 0 || length == 0 || length > 64)
        {
            return string.Empty;
        }

        return Encoding.ASCII.GetString(value, (int)length).TrimEnd('\0');
    }
}
