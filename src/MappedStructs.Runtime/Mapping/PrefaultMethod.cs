namespace MappedStructs;

/// <summary>
/// How a prefault faults pages in. Production calls always pass <see cref="PreferKernel"/>; tests pass
/// <see cref="TouchPages"/> to exercise, on any kernel, the fallback that kernels without MADV_POPULATE_* take.
/// </summary>
internal enum PrefaultMethod
{
    /// <summary>MADV_POPULATE_READ / _WRITE where the kernel has them (Linux 5.14+); touching pages otherwise.</summary>
    PreferKernel,

    /// <summary>Touching one word per page (after PrefetchVirtualMemory for reads on Windows), whatever the kernel offers.</summary>
    TouchPages,
}
