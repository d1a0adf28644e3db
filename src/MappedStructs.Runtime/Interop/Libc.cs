using System;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MappedStructs.Interop;

/// <summary>
/// The few libc calls that System.IO.MemoryMappedFiles does not expose (msync with a chosen flag and range, madvise, fcntl locks,
/// reserving disk space with fallocate and fcntl(F_PREALLOCATE)).
/// Constants are per OS where they differ; see docs/runtime.md for the table.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static unsafe partial class Libc
{
    private const string LibraryName = "libc";

    // msync flags: Linux and macOS differ.
    internal static int MsSync => OperatingSystem.IsLinux() ? 4 : 0x10;
    internal static int MsAsync => 1;

    // madvise advice values shared by Linux and macOS.
    internal const int MadvNormal = 0;
    internal const int MadvRandom = 1;
    internal const int MadvSequential = 2;
    internal const int MadvWillNeed = 3;
    internal const int MadvDontNeed = 4;

    // Linux only.
    internal const int MadvHugePage = 14;
    internal const int MadvNoHugePage = 15;
    internal const int MadvPopulateRead = 22;
    internal const int MadvPopulateWrite = 23;

    internal const int EINTR = 4;
    internal const int EAGAIN = 11;
    internal const int EACCES = 13;
    internal const int EINVAL = 22;
    internal const int EFBIG = 27;
    internal const int ENOSPC = 28;

    // Linux: "the file system cannot reserve" (EOPNOTSUPP) and "the kernel has no fallocate" (ENOSYS).
    internal const int EOPNOTSUPP = 95;
    internal const int ENOSYS = 38;

    // fallocate mode: reserve the blocks without changing the file's length, so a refused reservation changes nothing visible.
    internal const int FallocKeepSize = 1;

    [LibraryImport(LibraryName, EntryPoint = "msync", SetLastError = true)]
    internal static partial int MSync(void* address, nuint length, int flags);

    [LibraryImport(LibraryName, EntryPoint = "madvise", SetLastError = true)]
    internal static partial int MAdvise(void* address, nuint length, int advice);

    [LibraryImport(LibraryName, EntryPoint = "fallocate", SetLastError = true)]
    internal static partial int Fallocate(int fd, int mode, long offset, long length);

    // fcntl is variadic; on x64 and (non-Apple) arm64 Linux a pointer passed as the third argument lands where va_arg reads it.
    [LibraryImport(LibraryName, EntryPoint = "fcntl", SetLastError = true)]
    internal static partial int FcntlLock(int fd, int command, LinuxFlock* argument);

    // x64 macOS passes variadic arguments like named ones.
    [LibraryImport(LibraryName, EntryPoint = "fcntl", SetLastError = true)]
    internal static partial int FcntlLockMac(int fd, int command, MacFlock* argument);

    // Apple arm64 passes every variadic argument on the stack: six unused register arguments fill x2..x7 so the pointer lands there.
    [LibraryImport(LibraryName, EntryPoint = "fcntl", SetLastError = true)]
    internal static partial int FcntlLockAppleArm64(int fd, int command, nint x2, nint x3, nint x4, nint x5, nint x6, nint x7, MacFlock* argument);

    // fcntl(F_PREALLOCATE) with the same two calling conventions as the locks above.
    [LibraryImport(LibraryName, EntryPoint = "fcntl", SetLastError = true)]
    internal static partial int FcntlPreallocateMac(int fd, int command, MacFStore* argument);

    [LibraryImport(LibraryName, EntryPoint = "fcntl", SetLastError = true)]
    internal static partial int FcntlPreallocateAppleArm64(int fd, int command, nint x2, nint x3, nint x4, nint x5, nint x6, nint x7, MacFStore* argument);
}
