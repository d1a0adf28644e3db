using System;

namespace MappedStructs.Tests.Mapping;

/// <summary>Byte-range locks within one process, and their bad inputs.</summary>
public sealed class LockTests
{
    [Fact]
    public void Two_opens_in_one_process_exclude_each_other_on_Linux()
    {
        Assert.SkipUnless(
            OperatingSystem.IsLinux() || OperatingSystem.IsWindows(),
            "Two opens in one process exclude each other only where locks belong to the open file (Linux, Windows), not to the process (macOS).");

        using TempFile file = new();
        using var first = MappedFile.Create(file.Path, 4096);
        using var second = MappedFile.Open(file.Path, MapAccess.ReadWrite);

        using (first.Lock(10, 10, exclusive: true))
        {
            Assert.False(second.TryLock(0, 11, exclusive: false, out _));
            Assert.True(second.TryLock(20, 10, exclusive: true, out IDisposable? other));
            other!.Dispose();
        }

        Assert.True(second.TryLock(0, 11, exclusive: true, out IDisposable? after));
        after!.Dispose();
    }

    [Fact]
    public void Lock_lease_outlives_the_file_and_releases_on_dispose()
    {
        using TempFile file = new();
        var first = MappedFile.Create(file.Path, 4096);
        using var second = MappedFile.Open(file.Path, MapAccess.ReadWrite);
        IDisposable held = first.Lock(0, 4096, exclusive: true);
        first.Dispose();

        if (OperatingSystem.IsLinux())
        {
            Assert.False(second.TryLock(0, 1, exclusive: true, out _));
        }

        held.Dispose();
        Assert.True(second.TryLock(0, 1, exclusive: true, out IDisposable? lease));
        lease!.Dispose();
        Assert.Throws<ObjectDisposedException>(() => first.Lock(0, 1, exclusive: true));
    }

    [Fact]
    public void Bad_lock_requests_throw()
    {
        using TempFile file = new();
        file.WritePattern(100);
        using var readOnly = MappedFile.Open(file.Path, MapAccess.Read);
        using var anonymous = MappedFile.CreateAnonymous(100);

        Assert.Throws<InvalidOperationException>(() => readOnly.Lock(0, 1, exclusive: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => readOnly.Lock(-1, 1, exclusive: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => readOnly.Lock(0, 0, exclusive: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => readOnly.Lock(1, long.MaxValue, exclusive: false));
        Assert.Throws<NotSupportedException>(() => anonymous.Lock(0, 1, exclusive: true));

        // A shared lock on a read-only mapping is fine, even past the end of the file.
        using IDisposable shared = readOnly.Lock(50, 1000, exclusive: false);
    }
}
