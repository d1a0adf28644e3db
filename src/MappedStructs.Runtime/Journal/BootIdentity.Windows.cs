using System;
using System.Buffers.Binary;
using System.Runtime.Versioning;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>
/// Windows: the kernel's boot time less the clock steps since (<c>NtQuerySystemInformation(SystemTimeOfDayInformation)</c>,
/// BootTime - BootTimeBias), exact for the whole boot, followed by a tag that tells it from the fallback. Under Wine the
/// same call gives the start of the wineserver: a new wineserver counts as a reboot, so recovery rolls the journal back
/// to its last flush (flushed messages are kept; the Linux page cache would have kept the others too).
/// </summary>
internal static partial class BootIdentity
{
    private static ReadOnlySpan<byte> WindowsTag => "NTBOOTv1"u8;

    [SupportedOSPlatform("windows")]
    private static unsafe bool TryWriteWindows(Span<byte> destination)
    {
        NtDll.TimeOfDay timeOfDay = default;
        uint returned = 0;
        int status = NtDll.NtQuerySystemInformation(NtDll.SystemTimeOfDayInformation, &timeOfDay, (uint)sizeof(NtDll.TimeOfDay), &returned);
        if (status != 0 || returned < sizeof(NtDll.TimeOfDay) || timeOfDay.BootTime <= 0)
        {
            return false;
        }

        BinaryPrimitives.WriteInt64LittleEndian(destination, timeOfDay.BootTime - (long)timeOfDay.BootTimeBias);
        WindowsTag.CopyTo(destination[8..Size]);
        return true;
    }
}
