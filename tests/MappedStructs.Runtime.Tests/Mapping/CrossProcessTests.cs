using System;
using System.Globalization;

namespace MappedStructs.Tests.Mapping;

/// <summary>A second process sharing the mapping, its locks, and its changes of the file's length.</summary>
public sealed class CrossProcessTests
{
    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Child_process_sees_the_parents_writes_and_the_parent_sees_the_childs()
    {
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 64 * 1024);
        using MappedView view = mapped.CreateView();
        view.Write(40_000, 0x0BADCAFE_12345678L);

        using ChildProcess child = new(file.Path, MapAccess.ReadWrite);
        Assert.Equal(64 * 1024, child.MappedLength);
        Assert.Equal(Number(0x0BADCAFE_12345678L), child.Send("read 40000"));

        Assert.Equal("ok", child.Send("write 8 -424242"));
        Assert.Equal(-424242L, view.Read<long>(8));

        // Both mappings stay live: a second round trip goes through the same pages again.
        view.Write(8, 17L);
        Assert.Equal("17", child.Send("read 8"));
    }

    [Fact]
    public void Child_copy_on_write_mapping_does_not_leak_its_writes_to_the_parent()
    {
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using MappedView view = mapped.CreateView();
        view.Write(0, 5L);

        using ChildProcess child = new(file.Path, MapAccess.CopyOnWrite);
        Assert.Equal("ok", child.Send("write 0 99"));
        Assert.Equal("99", child.Send("read 0"));
        Assert.Equal(5L, view.Read<long>(0));
        Assert.Equal(5L, BitConverter.ToInt64(file.ReadBack()));
    }

    [Fact]
    public void Exclusive_lock_excludes_a_second_process_until_released()
    {
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using ChildProcess child = new(file.Path, MapAccess.ReadWrite);

        IDisposable held = mapped.Lock(0, 100, exclusive: true);
        Assert.Equal("busy", child.Send("trylock 0 100 1"));
        Assert.Equal("busy", child.Send("trylock 50 10 0"));
        Assert.Equal("locked", child.Send("trylock 100 100 1"));

        held.Dispose();
        held.Dispose();
        Assert.Equal("locked", child.Send("trylock 0 100 1"));

        // Now the child holds [0, 200): the parent is refused, and gets it once the child lets go.
        Assert.False(mapped.TryLock(0, 1, exclusive: false, out IDisposable? refused));
        Assert.Null(refused);
        Assert.Equal("ok", child.Send("unlock"));
        Assert.True(mapped.TryLock(0, 1, exclusive: false, out IDisposable? lease));
        lease!.Dispose();
    }

    [Fact]
    public async System.Threading.Tasks.Task Lock_waits_for_the_other_process_to_release()
    {
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using ChildProcess child = new(file.Path, MapAccess.ReadWrite);
        Assert.Equal("locked", child.Send("trylock 0 4096 1"));

        System.Threading.CancellationToken cancel = TestContext.Current.CancellationToken;
        System.Threading.Tasks.Task<IDisposable> waiting = System.Threading.Tasks.Task.Run(() => mapped.Lock(0, 8, exclusive: true), cancel);
        await System.Threading.Tasks.Task.Delay(200, cancel);

        // While the child holds the range, the waiting Lock cannot have returned.
        Assert.False(waiting.IsCompleted);
        Assert.Equal("ok", child.Send("unlock"));
        IDisposable lease = await waiting.WaitAsync(TimeSpan.FromSeconds(60), cancel);
        Assert.Equal("busy", child.Send("trylock 0 1 0"));
        lease.Dispose();
        Assert.Equal("locked", child.Send("trylock 0 1 0"));
    }

    [Fact]
    public void Shared_locks_coexist_across_processes_and_exclude_writers()
    {
        using TempFile file = new();
        using var mapped = MappedFile.Create(file.Path, 4096);
        using ChildProcess child = new(file.Path, MapAccess.ReadWrite);

        using (mapped.Lock(0, 4096, exclusive: false))
        {
            Assert.Equal("locked", child.Send("trylock 0 4096 0"));
            Assert.Equal("busy", child.Send("trylock 0 1 1"));
            Assert.Equal("ok", child.Send("unlock"));
        }

        Assert.Equal("locked", child.Send("trylock 0 1 1"));
    }

    [Fact]
    public void Length_change_by_another_process_is_detected_by_GetFileLength_and_mapped_by_EnsureCapacity()
    {
        using TempFile file = new();
        file.WritePattern(4096);
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        using ChildProcess child = new(file.Path, MapAccess.ReadWrite);

        Assert.Equal("ok", child.Send("setlength 12288"));
        Assert.Equal(12288, mapped.GetFileLength());
        Assert.Equal(4096, mapped.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(4096, 1));

        mapped.EnsureCapacity(12288);
        Assert.Equal(12288, mapped.Length);
        using MappedView grown = mapped.CreateView(8192, 4096);
        Assert.Equal(0L, grown.Read<long>(0));
        Assert.Equal("12288", child.Send("filelength"));
    }
}
