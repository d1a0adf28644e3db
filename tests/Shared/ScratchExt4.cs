using System;
using System.IO;

namespace MappedStructs.TestSupport;

/// <summary>
/// A small ext4 file system to fill (the full-disk tests): an image file of a few MiB, formatted with mkfs.ext4 and mounted through a loop device at a
/// fresh temporary directory. (LoopDeviceImage is the other shape: an image the power-loss tests copy and remount.) Dispose unmounts it (the loop device is detached with it), and deletes the image, also after a failed test.
/// </summary>
internal sealed class ScratchExt4 : IDisposable
{
    private readonly TempDirectory _mountPoint = new("mappedstructs-ext4-");
    private readonly string _image;
    private bool _mounted;

    public ScratchExt4(int mebibytes)
    {
        _image = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mappedstructs-ext4-{Guid.NewGuid():N}.img");
        try
        {
            using (FileStream image = new(_image, FileMode.CreateNew))
            {
                image.SetLength(mebibytes * 1024L * 1024L);
            }

            MountCommands.Run("mkfs.ext4", "-q", "-F", _image);

            // -o loop attaches a loop device with autoclear, so unmounting also detaches it.
            MountCommands.Run("mount", "-o", "loop", _image, _mountPoint.Path);
            _mounted = true;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Null when an ext4 loop image can be mounted here, else why not (for Assert.SkipWhen).</summary>
    public static string? WhyUnavailable => MountCommands.WhyCannotMount("mkfs.ext4", "mount", "umount", "losetup");

    /// <summary>The mounted directory.</summary>
    public string Path => _mountPoint.Path;

    /// <summary>The full path of <paramref name="name"/> inside the file system (not created).</summary>
    public string File(string name) => _mountPoint.File(name);

    public void Dispose()
    {
        try
        {
            if (_mounted)
            {
                _mounted = false;
                MountCommands.Unmount(_mountPoint.Path);
            }
        }
        finally
        {
            _mountPoint.Dispose();
            System.IO.File.Delete(_image);
        }
    }
}
