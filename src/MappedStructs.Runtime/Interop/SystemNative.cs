using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MappedStructs.Interop;

/// <summary>
/// The .NET runtime's own native shim (libSystem.Native, loaded by every .NET process on Unix). Its stat keeps one
/// layout on every Unix, where libc's <c>struct stat</c> differs per OS and architecture and older glibc exports no <c>stat</c> symbol.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static unsafe partial class SystemNative
{
    private const string LibraryName = "libSystem.Native";

    /// <summary>The file-type bits of <see cref="FileStatusPrefix.Mode"/>, as the shim normalises them on every Unix.</summary>
    internal const int TypeMask = 0xF000;
    internal const int TypeFifo = 0x1000;
    internal const int TypeCharacterDevice = 0x2000;
    internal const int TypeDirectory = 0x4000;
    internal const int TypeBlockDevice = 0x6000;
    internal const int TypeRegular = 0x8000;
    internal const int TypeSymbolicLink = 0xA000;
    internal const int TypeSocket = 0xC000;

    /// <summary>stat (following links) into <paramref name="status"/>; 0 on success, else -1 with errno set.</summary>
    [LibraryImport(LibraryName, EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    internal static partial int Stat(string path, FileStatusPrefix* status);

    /// <summary>
    /// The shim's <c>FileStatus</c>: only its first fields (flags, mode) are read; the rest is room, larger than the
    /// whole struct in any .NET version, so a field added at its end cannot write past this buffer.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 512)]
    internal struct FileStatusPrefix
    {
        [FieldOffset(0)] public int Flags;
        [FieldOffset(4)] public int Mode;
    }
}
