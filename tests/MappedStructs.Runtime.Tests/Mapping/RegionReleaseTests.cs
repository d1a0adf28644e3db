using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MappedStructs.Tests.Mapping;

/// <summary>What happens when the last lease on an OS mapping is given back.</summary>
public sealed unsafe partial class RegionReleaseTests
{
    /// <summary>
    /// Unmapping must not hide an msync: the BCL accessor's Dispose runs msync(MS_SYNC|MS_INVALIDATE) over the whole mapping,
    /// which costs a full write-back and, on Linux, fails with EBUSY when the pages are locked (mlock, or mlockall(MCL_FUTURE)
    /// as latency-sensitive processes do). That made view Dispose throw and leak the file descriptor.
    /// </summary>
    [Fact]
    public void Disposing_the_last_view_of_mlocked_pages_neither_throws_nor_leaks_the_descriptor()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux(),
            "EBUSY from msync(MS_INVALIDATE) on locked pages is Linux behaviour, and the descriptors are counted in /proc/self/fd.");

        using TempFile file = new();
        var mapped = MappedFile.Create(file.Path, 4096);
        MappedView view = mapped.CreateView();
        view.Write(0, 42L);
        Assert.Equal(0, MLock(Unsafe.AsPointer(ref view.GetReference()), 4096));
        mapped.Dispose();

        Exception? thrown = Record.Exception(view.Dispose);

        Assert.Null(thrown);
        Assert.Equal(0, DescriptorsOf(file.Path));
        Assert.Equal(42L, BitConverter.ToInt64(file.ReadBack(), 0));
    }

    private static int DescriptorsOf(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(link => TargetOf(link) == path);

    private static string? TargetOf(FileSystemInfo link)
    {
        try
        {
            return link.LinkTarget;
        }
        catch (IOException)
        {
            return null; // the descriptor closed while we listed the directory
        }
    }

    [LibraryImport("libc", EntryPoint = "mlock", SetLastError = true)]
    private static partial int MLock(void* address, nuint length);
}
