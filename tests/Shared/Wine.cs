using System;
using System.Runtime.InteropServices;

namespace MappedStructs.TestSupport;

/// <summary>
/// Whether these tests run under Wine rather than on Windows: Wine's ntdll exports <c>wine_get_version</c>, which
/// Windows' does not. Tests skip where Wine is known to differ from Windows, naming the difference, so a pass under Wine
/// is never a pass Windows would not give.
/// </summary>
internal static class Wine
{
    /// <summary>True when this Windows process runs under Wine.</summary>
    public static bool IsRunning { get; } = OperatingSystem.IsWindows() && ExportsWineVersion();

    private static bool ExportsWineVersion() =>
        NativeLibrary.TryLoad("ntdll.dll", out nint ntdll) && NativeLibrary.TryGetExport(ntdll, "wine_get_version", out _);
}
