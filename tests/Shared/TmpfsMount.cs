using System;

namespace MappedStructs.TestSupport;

/// <summary>A tmpfs of a few MiB mounted at a fresh temporary directory; unmounted and removed on dispose.</summary>
internal sealed class TmpfsMount : IDisposable
{
    private readonly TempDirectory _mountPoint = new("mappedstructs-tmpfs-");
    private bool _mounted;

    public TmpfsMount(int mebibytes)
    {
        try
        {
            MountCommands.Run("mount", "-t", "tmpfs", "-o", $"size={mebibytes}m", "tmpfs", _mountPoint.Path);
            _mounted = true;
        }
        catch
        {
            _mountPoint.Dispose();
            throw;
        }
    }

    /// <summary>Null when a tmpfs can be mounted here, else why not (for Assert.SkipWhen).</summary>
    public static string? WhyUnavailable => MountCommands.WhyCannotMount("mount", "umount");

    /// <summary>The mounted directory.</summary>
    public string Path => _mountPoint.Path;

    /// <summary>The full path of <paramref name="name"/> inside the file system (not created).</summary>
    public string File(string name) => _mountPoint.File(name);

    public void Dispose()
    {
        if (_mounted)
        {
            _mounted = false;
            MountCommands.Unmount(_mountPoint.Path);
        }

        _mountPoint.Dispose();
    }
}
