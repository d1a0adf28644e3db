using System.Runtime.InteropServices;

namespace MappedStructs.Interop;

/// <summary><c>fstore_t</c>, the argument of macOS's <c>fcntl(F_PREALLOCATE)</c>: 32 bytes.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct MacFStore
{
    internal const int Preallocate = 42;

    /// <summary>F_ALLOCATEALL: all of the space or none of it.</summary>
    internal const uint AllocateAll = 4;

    /// <summary>F_PEOFPOSMODE: the offset counts from the file's physical end.</summary>
    internal const int FromPhysicalEnd = 3;

    internal const int ENOSPC = 28;
    internal const int EFBIG = 27;
    internal const int ENOTSUP = 45;
    internal const int EOPNOTSUPP = 102;

    [FieldOffset(0)] public uint Flags;
    [FieldOffset(4)] public int PositionMode;
    [FieldOffset(8)] public long Offset;
    [FieldOffset(16)] public long Length;
    [FieldOffset(24)] public long BytesAllocated;
}
