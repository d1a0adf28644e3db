using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs.Interop;

/// <summary>The Windows calls that System.IO.MemoryMappedFiles does not expose.</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class Kernel32
{
    private const string LibraryName = "kernel32.dll";

    internal const uint LockFileFailImmediately = 0x1;
    internal const uint LockFileExclusiveLock = 0x2;
    internal const int ErrorLockViolation = 33;

    [StructLayout(LayoutKind.Sequential)]
    internal struct Overlapped
    {
        public nuint Internal;
        public nuint InternalHigh;
        public uint Offset;
        public uint OffsetHigh;
        public nint EventHandle;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct MemoryRangeEntry
    {
        public void* VirtualAddress;
        public nuint NumberOfBytes;
    }

    [LibraryImport(LibraryName, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool FlushViewOfFile(void* baseAddress, nuint numberOfBytesToFlush);

    [LibraryImport(LibraryName, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool FlushFileBuffers(SafeFileHandle file);

    [LibraryImport(LibraryName, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool PrefetchVirtualMemory(nint process, nuint numberOfEntries, MemoryRangeEntry* entries, uint flags);

    [LibraryImport(LibraryName)]
    internal static partial nint GetCurrentProcess();

    [LibraryImport(LibraryName, EntryPoint = "MoveFileExW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool MoveFileEx(string existingFileName, string newFileName, uint flags);

    [LibraryImport(LibraryName, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool LockFileEx(SafeFileHandle file, uint flags, uint reserved, uint lengthLow, uint lengthHigh, Overlapped* overlapped);

    [LibraryImport(LibraryName, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    internal static partial bool UnlockFileEx(SafeFileHandle file, uint reserved, uint lengthLow, uint lengthHigh, Overlapped* overlapped);
}
