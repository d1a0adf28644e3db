using System;
using System.IO;
using System.Runtime.Versioning;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>Every bad input gets an exception naming the file and the problem, and leaves the file as it was.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Missing_file_throws_FileNotFoundException_naming_it_and_creates_nothing()
    {
        using TempFile file = new();
        foreach (MapAccess access in Enum.GetValues<MapAccess>())
        {
            FileNotFoundException e = Assert.Throws<FileNotFoundException>(() => MappedFile.Open(file.Path, access));
            Assert.Equal(file.Path, e.FileName);
            Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(file.Path));
    }

    [Fact]
    public void Directory_throws_IOException_naming_it()
    {
        using TempFile file = new();
        IOException open = Assert.Throws<IOException>(() => MappedFile.Open(file.DirectoryPath, MapAccess.ReadWrite));
        IOException create = Assert.Throws<IOException>(() => MappedFile.Create(file.DirectoryPath, 4096));
        Assert.Contains("directory", open.Message, StringComparison.Ordinal);
        Assert.Contains(file.DirectoryPath, create.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(file.DirectoryPath));
    }

    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.CopyOnWrite)]
    public void Empty_file_cannot_be_mapped_for_reading(MapAccess access)
    {
        using TempFile file = new();
        File.WriteAllBytes(file.Path, []);

        IOException e = Assert.Throws<IOException>(() => MappedFile.Open(file.Path, access));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        Assert.Empty(file.ReadBack());
    }

    [Fact]
    public void Empty_file_opened_ReadWrite_has_no_views_until_it_grows()
    {
        using TempFile file = new();
        File.WriteAllBytes(file.Path, []);
        using var mapped = MappedFile.Open(file.Path, MapAccess.ReadWrite);

        Assert.Equal(0, mapped.Length);
        Assert.Throws<InvalidOperationException>(() => mapped.CreateView(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Flush(0, 1));
        mapped.Flush();
        mapped.Advise(0, 0, MapAdvice.WillNeed);
        mapped.Prefault(0, 0);

        mapped.EnsureCapacity(100);
        using MappedView view = mapped.CreateView();
        view.Write<byte>(99, 1);
        Assert.Equal(100, file.ReadBack().Length);
    }

    [Fact]
    [SupportedOSPlatform("linux")] // tells the platform analyzer what the skip below ensures
    public void Permission_denied_throws_UnauthorizedAccessException_naming_the_file_and_leaves_it_unchanged()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "The test denies access with Linux's tools: the immutable flag (chattr) and Unix file modes.");

        using TempFile file = new();
        byte[] original = file.WritePattern(4096);
        bool privileged = Environment.IsPrivilegedProcess;
        if (privileged)
        {
            // root ignores permission bits; the immutable attribute makes the kernel refuse opening for writing even to root.
            RunTool("chattr", "+i", file.Path);
        }
        else
        {
            File.SetUnixFileMode(file.Path, UnixFileMode.UserRead);
        }

        try
        {
            UnauthorizedAccessException e = Assert.Throws<UnauthorizedAccessException>(() => MappedFile.Open(file.Path, MapAccess.ReadWrite));
            Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
            Assert.Contains("ReadWrite", e.Message, StringComparison.Ordinal);

            // Reading and copy-on-write need only read permission.
            using var cow = MappedFile.Open(file.Path, MapAccess.CopyOnWrite);
            using MappedView view = cow.CreateView();
            view.Write(0, 1L);
        }
        finally
        {
            if (privileged)
            {
                RunTool("chattr", "-i", file.Path);
            }
        }

        Assert.Equal(original, file.ReadBack());
    }

    [Fact]
    public void Access_the_streams_open_mode_does_not_allow_throws_and_leaves_the_stream_open()
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(4096);
        using FileStream readOnly = new(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);

        UnauthorizedAccessException e = Assert.Throws<UnauthorizedAccessException>(
            () => MappedFile.FromStream(readOnly, MapAccess.ReadWrite, leaveOpen: false));
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains("read-only", e.Message, StringComparison.Ordinal);
        Assert.True(readOnly.CanRead);

        using var mapped = MappedFile.FromStream(readOnly, MapAccess.Read, leaveOpen: true);
        Assert.Equal(original, file.ReadBack());
    }

    [Fact]
    public void Empty_stream_cannot_be_mapped_for_reading_and_stays_open()
    {
        using TempFile file = new();
        File.WriteAllBytes(file.Path, []);
        using FileStream stream = new(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);

        Assert.Throws<IOException>(() => MappedFile.FromStream(stream, MapAccess.Read));
        Assert.Equal(0, stream.Length);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Create_with_a_bad_capacity_throws_before_touching_the_file(long capacity)
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(1000);

        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Create(file.Path, capacity));
        Assert.Equal(original, file.ReadBack());

        string absent = Path.Combine(file.DirectoryPath, "absent.bin");
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Create(absent, capacity));
        Assert.False(File.Exists(absent));
    }

    [Fact]
    public void Create_with_a_length_the_file_system_refuses_leaves_no_trace()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux(),
            "A length of 1 PiB is refused with EFBIG (an IOException naming the file) by ext4's 16 TiB limit; what Windows answers depends on the volume, and Wine answers out of memory (IOException).");
        using TempFile file = new();
        byte[] original = file.WritePattern(5000);
        string absent = Path.Combine(file.DirectoryPath, "absent.bin");

        // 1 PiB is past ext4's 16 TiB limit (the OS answers EFBIG, which .NET reports as an argument error and the library
        // as the file-system fact it is); long.MaxValue is past what FileStream accepts at all.
        foreach (long capacity in new[] { 1L << 50, long.MaxValue })
        {
            IOException e = Assert.Throws<IOException>(() => MappedFile.Create(file.Path, capacity));
            Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
            Assert.Throws<IOException>(() => MappedFile.Create(absent, capacity));
        }

        Assert.Equal(original, file.ReadBack());
        Assert.False(File.Exists(absent));
    }

    [Fact]
    public void Create_over_an_existing_file_starts_zero_filled()
    {
        using TempFile file = new();
        file.WritePattern(10_000);
        using var mapped = MappedFile.Create(file.Path, 4096);
        using MappedView view = mapped.CreateView();

        Assert.True(view.ReadOnlySpan.IndexOfAnyExcept((byte)0) < 0);
        Assert.Equal(4096, file.ReadBack().Length);
    }

    [Fact]
    public void Create_in_a_missing_directory_throws_naming_the_path()
    {
        using TempFile file = new();
        string path = Path.Combine(file.DirectoryPath, "no-such-dir", "x.bin");
        DirectoryNotFoundException e = Assert.Throws<DirectoryNotFoundException>(() => MappedFile.Create(path, 10));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_empty_paths_and_unknown_modes_throw_ArgumentException()
    {
        Assert.Throws<ArgumentNullException>(() => MappedFile.Open(null!));
        Assert.Throws<ArgumentException>(() => MappedFile.Open(""));
        Assert.Throws<ArgumentException>(() => MappedFile.Create("", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.Open("x", (MapAccess)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappedFile.CreateAnonymous(0));
    }

    [Fact]
    public void Range_operations_outside_the_mapping_throw_and_leave_the_file_unchanged()
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(8192);
        using var mapped = MappedFile.Open(file.Path, MapAccess.ReadWrite);

        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(8192, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(-4096, 4096));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(4096, long.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Flush(0, 8193));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Flush(0, 1, (FlushMode)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Advise(long.MaxValue, long.MaxValue, MapAdvice.Normal));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Advise(0, 1, (MapAdvice)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Prefault(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.EnsureCapacity(-1));

        Assert.Equal(8192, mapped.Length);
        Assert.Equal(original, file.ReadBack());
    }

    [Theory]
    [InlineData(MapAccess.Read)]
    [InlineData(MapAccess.CopyOnWrite)]
    public void Read_only_file_mappings_cannot_grow_the_file(MapAccess access)
    {
        using TempFile file = new();
        byte[] original = file.WritePattern(4096);
        using var mapped = MappedFile.Open(file.Path, access);

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => mapped.EnsureCapacity(8192));
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        Assert.Equal(original, file.ReadBack());
        Assert.Equal(4096, mapped.Length);
    }

    [Fact]
    public void Growing_past_what_the_file_system_allows_throws_and_changes_nothing()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux(),
            "A length of 1 PiB is refused with EFBIG (an IOException naming the file) by ext4's 16 TiB limit; what Windows answers depends on the volume, and Wine answers out of memory (IOException).");
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using MappedView view = mapped.CreateView();
        view.Write(0, 7L);

        IOException e = Assert.Throws<IOException>(() => mapped.EnsureCapacity(1L << 50));
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        Assert.Equal(4096, mapped.Length);
        Assert.Equal(4096, mapped.GetFileLength());
        Assert.Equal(7L, view.Read<long>(0));
    }

    [Fact]
    public void Anonymous_mappings_cannot_grow()
    {
        using var mapped = MappedFile.CreateAnonymous(4096);
        Assert.Throws<InvalidOperationException>(() => mapped.EnsureCapacity(8192));
        mapped.EnsureCapacity(4096);
        Assert.Equal(4096, mapped.GetFileLength());
    }

    private static void RunTool(string tool, params string[] arguments)
    {
        ProcessOutcome run = ProcessLauncher.Run(ProcessLauncher.StartInfo(tool, arguments), TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, $"{tool} failed: {run.Errors}");
    }
}
