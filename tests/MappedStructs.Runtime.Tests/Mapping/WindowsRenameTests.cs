using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// The rename that replaces a file on Windows: MoveFileExW asked to replace the target and to write the rename through
/// before it returns (MOVEFILE_WRITE_THROUGH, the counterpart of the directory fsync on Unix), never to copy (a copy is not
/// atomic), with full paths that keep working past MAX_PATH. The call is seen through the seam the runtime calls it by;
/// the replacement itself runs the real call on Windows (and under Wine).
/// </summary>
public sealed class WindowsRenameTests
{
    private const uint ReplaceExisting = 0x1;
    private const uint CopyAllowed = 0x2;
    private const uint WriteThrough = 0x8;

    [Fact]
    public void The_rename_asks_to_replace_and_write_through_and_never_to_copy()
    {
        using TempFile file = new();
        var calls = new List<(string From, string To, uint Flags)>();
        string temporary = Path.Combine(file.DirectoryPath, ".new.tmp");

        AtomicFileReplacement.RenameOverWindows(temporary, file.Path, (from, to, flags) =>
        {
            calls.Add((from, to, flags));
            return true;
        });

        (string from, string to, uint flags) = Assert.Single(calls);
        Assert.Equal(Path.GetFullPath(temporary), from);
        Assert.Equal(Path.GetFullPath(file.Path), to);
        Assert.Equal(WriteThrough, flags & WriteThrough);
        Assert.Equal(ReplaceExisting, flags & ReplaceExisting);
        Assert.Equal(0u, flags & CopyAllowed);
    }

    [Fact]
    public void A_refused_rename_is_an_IOException_with_the_Win32_error()
    {
        const int SharingViolation = 32;
        IOException refused = Assert.Throws<IOException>(() => AtomicFileReplacement.RenameOverWindows("a.tmp", "a", (_, _, _) =>
        {
            Marshal.SetLastPInvokeError(SharingViolation);
            return false;
        }));

        Assert.Equal(unchecked((int)0x80070020), refused.HResult);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
    }

    [Fact]
    public void Paths_past_MAX_PATH_get_the_extended_length_prefix_and_shorter_ones_stay_as_they_are()
    {
        Assert.SkipUnless(OperatingSystem.IsWindows(), "Drive letters, UNC shares and the \\\\?\\ prefix are Windows paths.");
        string deep = @"C:\" + string.Join('\\', System.Linq.Enumerable.Repeat(new string('d', 50), 6)) + @"\table.bin";

        Assert.Equal(@"C:\data\table.bin", AtomicFileReplacement.Win32Path(@"C:\data\table.bin"));
        Assert.Equal(@"\\?\" + deep, AtomicFileReplacement.Win32Path(deep));
        Assert.Equal(@"\\?\" + deep, AtomicFileReplacement.Win32Path(@"\\?\" + deep));
        Assert.Equal(@"\\?\UNC\server\share" + deep[2..], AtomicFileReplacement.Win32Path(@"\\server\share" + deep[2..]));
    }

    [Fact]
    public void Create_replaces_an_existing_file_at_a_path_longer_than_MAX_PATH_and_leaves_no_temporary_file()
    {
        using TempFile file = new();
        string directory = file.DirectoryPath;
        while (directory.Length < 280)
        {
            directory = Path.Combine(directory, new string('d', 40));
        }

        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "table.bin");
        File.WriteAllBytes(path, new byte[100]);

        using (var replaced = MappedFile.Create(path, 8192))
        {
            Assert.Equal(8192, replaced.Length);
        }

        Assert.Equal(8192, new FileInfo(path).Length);
        Assert.Equal([path], Directory.GetFileSystemEntries(directory));
    }
}
