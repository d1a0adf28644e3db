namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>Which page-size advice a benchmark gives the kernel for its mapping before touching it.</summary>
public enum PageAdvice
{
    /// <summary>No advice: what a plain mmap gets (on this kernel, 2 MiB mappings of large page-cache folios where aligned).</summary>
    Default,

    /// <summary>madvise(MADV_HUGEPAGE): ask for 2 MiB mappings.</summary>
    HugePage,

    /// <summary>madvise(MADV_NOHUGEPAGE): force 4 KiB page-table entries.</summary>
    NoHugePage,
}
