using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MappedStructs.Interop;

/// <summary>macOS's <c>sysctlbyname(3)</c>, for the kernel's per-boot values.</summary>
[SupportedOSPlatform("macos")]
internal static unsafe partial class MacSysctl
{
    /// <summary>
    /// <c>kern.bootsessionuuid</c>: a UUID the kernel draws at each boot (a string of 36 characters and its terminator),
    /// unchanged by a clock step or a sleep.
    /// </summary>
    internal const string BootSessionUuid = "kern.bootsessionuuid";

    [LibraryImport("libc", EntryPoint = "sysctlbyname", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    internal static partial int SysctlByName(string name, byte* value, nuint* length, void* newValue, nuint newLength);
}
