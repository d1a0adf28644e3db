using System;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MappedStructs.Interop;

/// <summary>Opening a directory to fsync it: .NET's file APIs refuse to open a directory, and a rename is durable only once its directory is synced.</summary>
[UnsupportedOSPlatform("windows")]
internal static unsafe partial class Libc
{
    internal const int ReadOnly = 0;

    // O_CLOEXEC, so a child process started meanwhile does not inherit the descriptor: Linux and macOS differ.
    internal static int CloseOnExec => OperatingSystem.IsLinux() ? 0x80000 : 0x1000000;

    // open(2) is variadic; with no mode argument only its fixed arguments are passed, which every ABI passes alike.
    [LibraryImport(LibraryName, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Open(string path, int flags);

    [LibraryImport(LibraryName, EntryPoint = "fsync", SetLastError = true)]
    internal static partial int FSync(int fd);

    [LibraryImport(LibraryName, EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);
}
