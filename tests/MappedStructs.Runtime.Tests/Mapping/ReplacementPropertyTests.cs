using System;
using System.IO;
using CsCheck;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// Create over an existing file is a replacement: for any old and new length, views of the old file keep every byte they
/// showed (nothing is truncated or zeroed under them), the new file is zero-filled at its length, and no temporary file remains.
/// </summary>
public sealed class ReplacementPropertyTests
{
    [Fact]
    public void Views_of_a_replaced_file_keep_their_bytes_for_any_old_and_new_length()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows refuses to replace a mapped file; that refusal is the promise there.");
        Gen.Select(Gen.Int[1, 5 * 4096], Gen.Int[1, 5 * 4096], Gen.Byte[1, 255]).Sample((oldLength, newLength, fill) =>
        {
            using TempFile file = new();
            using var old = MappedFile.Create(file.Path, oldLength);
            using MappedView oldView = old.CreateView();
            oldView.Span.Fill(fill);

            using var replacement = MappedFile.Create(file.Path, newLength);

            Assert.True(oldView.ReadOnlySpan.IndexOfAnyExcept(fill) < 0);
            using MappedView newView = replacement.CreateView();
            Assert.Equal(newLength, newView.Length);
            Assert.True(newView.ReadOnlySpan.IndexOfAnyExcept((byte)0) < 0);
            Assert.Equal([file.Path], Directory.GetFileSystemEntries(file.DirectoryPath));
        }, iter: 60);
    }

    [Fact]
    public void A_replacement_that_fails_leaves_the_old_file_byte_for_byte()
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(10_000);

        // 1 PiB: past ext4's and XFS's largest file (EFBIG) and past what .NET maps elsewhere.
        Assert.Throws<IOException>(() => MappedFile.Create(file.Path, 1L << 50));

        Assert.Equal(original, file.ReadBack());
        Assert.Equal([file.Path], Directory.GetFileSystemEntries(file.DirectoryPath));
    }
}
