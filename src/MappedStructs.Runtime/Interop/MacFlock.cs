using System.Runtime.InteropServices;

namespace MappedStructs.Interop;

/// <summary><c>struct flock</c> as macOS lays it out: 24 bytes, offsets first.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
internal struct MacFlock
{
    internal const short ReadLock = 1;
    internal const short Unlock = 2;
    internal const short WriteLock = 3;

    /// <summary>POSIX record locks: owned by the process (macOS has no public open-file-description locks).</summary>
    internal const int SetLock = 8;

    /// <summary>As <see cref="SetLock"/> but waits.</summary>
    internal const int SetLockWait = 9;

    internal const int EAGAIN = 35;

    [FieldOffset(0)] public long Start;
    [FieldOffset(8)] public long Length;
    [FieldOffset(16)] public int ProcessId;
    [FieldOffset(20)] public short Type;
    [FieldOffset(22)] public short Whence;
}
