using System;
using System.IO;
using MappedStructs.TestSupport;
using Microsoft.Win32.SafeHandles;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// What Windows promises beyond Unix: byte-range locks are mandatory, and a mapped file cannot be deleted. Wine runs the
/// rest of the Windows paths as Windows does, but not these two, so under Wine they are skipped with the difference named.
/// </summary>
public sealed class WindowsSemanticsTests
{
    private const string WindowsOnly = "Only Windows enforces this; Unix locks are advisory and a mapped file can be unlinked.";

    [Fact]
    public void An_exclusive_lock_refuses_another_handles_reads_and_writes_inside_its_range_only()
    {
        Assert.SkipUnless(OperatingSystem.IsWindows(), WindowsOnly);
        Assert.SkipWhen(
            Wine.IsRunning,
            "Wine does not enforce byte-range locks on ordinary reads and writes; Windows refuses them with ERROR_LOCK_VIOLATION.");

        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using SafeFileHandle other = File.OpenHandle(file.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        byte[] one = [1];

        using (mapped.Lock(0, 100, exclusive: true))
        {
            Assert.Throws<IOException>(() => RandomAccess.Write(other, one, 10));
            Assert.Throws<IOException>(() => RandomAccess.Read(other, one, 10));
            RandomAccess.Write(other, one, 200);
        }

        RandomAccess.Write(other, one, 10);
    }

    [Fact]
    public void A_mapped_file_cannot_be_deleted_while_a_view_maps_it()
    {
        Assert.SkipUnless(OperatingSystem.IsWindows(), WindowsOnly);
        Assert.SkipWhen(
            Wine.IsRunning,
            "Wine lets a mapped file be deleted while the mapping stays visible; Windows refuses the delete of a file with a mapped section.");

        using TempFile file = new();
        using (var mapped = MappedFile.Create(file.Path, 4096))
        using (MappedView view = mapped.CreateView())
        {
            view.Write(0, 1L);
            Exception refused = Assert.ThrowsAny<Exception>(() => File.Delete(file.Path));
            Assert.True(refused is IOException or UnauthorizedAccessException, refused.ToString());
            Assert.True(File.Exists(file.Path));
        }

        File.Delete(file.Path);
        Assert.False(File.Exists(file.Path));
    }
}
