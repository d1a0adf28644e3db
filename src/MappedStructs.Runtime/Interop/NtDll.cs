using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MappedStructs.Interop;

/// <summary>The ntdll call that gives the kernel's boot time.</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class NtDll
{
    /// <summary>SystemTimeOfDayInformation: a <see cref="TimeOfDay"/>.</summary>
    internal const int SystemTimeOfDayInformation = 3;

    [LibraryImport("ntdll.dll", EntryPoint = "NtQuerySystemInformation")]
    internal static partial int NtQuerySystemInformation(int informationClass, void* information, uint length, uint* returnLength);

    /// <summary>
    /// SYSTEM_TIMEOFDAY_INFORMATION (48 bytes): the kernel's boot time moves with every step of the system clock, and
    /// BootTimeBias adds up those steps, so BootTime - BootTimeBias is the same for the whole boot. FILETIME units.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct TimeOfDay
    {
        public long BootTime;
        public long CurrentTime;
        public long TimeZoneBias;
        public uint TimeZoneId;
        public uint Reserved;
        public ulong BootTimeBias;
        public ulong SleepTimeBias;
    }
}
