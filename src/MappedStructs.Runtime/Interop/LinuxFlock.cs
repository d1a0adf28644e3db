using System.Runtime.InteropServices;

namespace MappedStructs.Interop;

/// <summary><c>struct flock</c> as Linux lays it out on 64-bit targets (x64 and arm64): 32 bytes.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct LinuxFlock
{
    internal const short ReadLock = 0;
    internal const short WriteLock = 1;
    internal const short Unlock = 2;

    /// <summary>Open-file-description locks (Linux 3.15+): owned by the open file, so two opens in one process exclude each other.</summary>
    internal const int OfdSetLock = 37;

    /// <summary>As <see cref="OfdSetLock"/> but waits for a conflicting lock to go away.</summary>
    internal const int OfdSetLockWait = 38;

    [FieldOffset(0)] public short Type;
    [FieldOffset(2)] public short Whence;
    [FieldOffset(8)] public long Start;
    [FieldOffset(16)] public long Length;
    [FieldOffset(24)] public int ProcessId;
}
