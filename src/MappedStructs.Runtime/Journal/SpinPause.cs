using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// One spin-wait hint between two looks at a word another process writes: the CPU's own instruction (<c>pause</c> on
/// x86, <c>yield</c> on Arm), inlined into the loop. <see cref="Thread.SpinWait"/> was the busy-spin tailer's wait before:
/// a call into the runtime that spins a calibrated count of hints (about 35 ns each), which on the 2-vCPU VM took a
/// third of all CPU samples in a throughput run and added its length to the moment a message is seen.
/// </summary>
internal static class SpinPause
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Once()
    {
        if (X86Base.IsSupported)
        {
            X86Base.Pause();
        }
        else if (ArmBase.IsSupported)
        {
            ArmBase.Yield();
        }
        else
        {
            Thread.SpinWait(1);
        }
    }
}
