using System;
using System.IO;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// On Windows, LockFileEx on a handle opened for overlapped I/O completes asynchronously and writes its OVERLAPPED (on our
/// stack) later, and the thread pool's completion port receives a packet it did not issue. Locks therefore refuse a stream
/// opened with FileOptions.Asynchronous, on every OS alike so code tested on Linux behaves the same on Windows.
/// </summary>
public sealed class AsyncStreamLockTests
{
    [Fact]
    public void Lock_on_a_mapping_of_an_asynchronous_stream_throws_naming_the_file()
    {
        using TempFile file = new();
        File.WriteAllBytes(file.Path, new byte[4096]);
        using FileStream stream = new(file.Path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.ReadWrite,
            Share = FileShare.ReadWrite,
            Options = FileOptions.Asynchronous,
        });
        using var mapped = MappedFile.FromStream(stream, MapAccess.ReadWrite, leaveOpen: true);

        NotSupportedException locked = Assert.Throws<NotSupportedException>(() => mapped.Lock(0, 10, exclusive: true));
        Assert.Throws<NotSupportedException>(() => mapped.TryLock(0, 10, exclusive: false, out _));

        Assert.Contains(file.Path, locked.Message, StringComparison.Ordinal);
        using MappedView view = mapped.CreateView();
        view.Write(0, 7L);
        Assert.Equal(7L, view.Read<long>(0));
    }
}
