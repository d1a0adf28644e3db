using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>A Create that fails after the file system accepted the length must not leave a half-created file behind.</summary>
public sealed class CreateFailureTests
{
    [Fact]
    public void Create_that_cannot_map_the_length_removes_the_file_it_created()
    {
        using TempFile file = new();

        // 9 TB: ext4 (16 TiB) and XFS accept the sparse length, but it is more than .NET maps on 64-bit Unix (8192e9 bytes),
        // so the failure comes after the file exists. A file system that refuses the length fails earlier; both must leave nothing.
        const long Capacity = 9_000_000_000_000;

        Exception e = Assert.ThrowsAny<Exception>(() => MappedFile.Create(file.Path, Capacity));

        Assert.True(e is IOException or ArgumentOutOfRangeException, e.ToString());
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file.Path));
    }
}
