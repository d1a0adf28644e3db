using System;
using System.Collections.Generic;
using System.IO;

namespace MappedStructs.TestSupport;

/// <summary>
/// A small ext4 file system in an image file, attached to a loop device with direct I/O (so that what the image file
/// holds is what the "disk" holds: the file system's page cache is not the image's) and mounted. Needs Linux, root,
/// losetup and mkfs.ext4; <see cref="UnavailableReason"/> says why not when they are missing. Dispose unmounts and
/// detaches, also after a failure, and never throws.
/// </summary>
internal sealed class LoopDeviceImage : IDisposable
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(60);

    private LoopDeviceImage(string imagePath, string device, string mountPoint)
    {
        ImagePath = imagePath;
        Device = device;
        MountPoint = mountPoint;
    }

    /// <summary>The image file backing the loop device.</summary>
    public string ImagePath { get; }

    /// <summary>The loop device, such as /dev/loop3.</summary>
    public string Device { get; }

    /// <summary>Where the file system is mounted.</summary>
    public string MountPoint { get; }

    /// <summary>Null when loop-device images can be made here; otherwise why not (for a skip message).</summary>
    public static string? UnavailableReason { get; } = FindUnavailableReason();

    /// <summary>Creates an ext4 image of <paramref name="bytes"/> bytes at <paramref name="imagePath"/> and mounts it at <paramref name="mountPoint"/>.</summary>
    public static LoopDeviceImage CreateExt4(string imagePath, long bytes, string mountPoint)
    {
        using (FileStream image = File.Create(imagePath))
        {
            image.SetLength(bytes);
        }

        // No lazy initialisation: a kernel thread writing inode tables behind the test would make images differ needlessly.
        Run("mkfs.ext4", "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", imagePath);
        return Mount(imagePath, mountPoint);
    }

    /// <summary>Attaches an existing image (replaying its journal, as a boot after power loss would) and mounts it at <paramref name="mountPoint"/>.</summary>
    public static LoopDeviceImage Mount(string imagePath, string mountPoint)
    {
        Directory.CreateDirectory(mountPoint);
        string device = Run("losetup", "--direct-io=on", "--find", "--show", imagePath).Trim();
        try
        {
            Run("mount", "-t", "ext4", device, mountPoint);
        }
        catch
        {
            TryRun("losetup", "-d", device);
            throw;
        }

        return new LoopDeviceImage(imagePath, device, mountPoint);
    }

    /// <summary>Unmounts and detaches; best effort, so that cleanup in a finally block never hides the test's own failure.</summary>
    public void Dispose()
    {
        if (!TryRun("umount", MountPoint))
        {
            TryRun("umount", "-l", MountPoint);
        }

        TryRun("losetup", "-d", Device);
    }

    private static string? FindUnavailableReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "loop devices are a Linux feature";
        }

        if (Environment.UserName != "root")
        {
            return "attaching loop devices and mounting need root";
        }

        // mkfs.ext4 takes -V where the others take --version.
        foreach ((string tool, string versionOption) in new[] { ("losetup", "--version"), ("mkfs.ext4", "-V"), ("mount", "--version"), ("umount", "--version") })
        {
            if (!TryRun(tool, versionOption))
            {
                return $"{tool} is not installed";
            }
        }

        return File.Exists("/dev/loop-control") ? null : "/dev/loop-control is missing (no loop device support)";
    }

    private static string Run(string program, params IEnumerable<string> arguments)
    {
        ProcessOutcome outcome = ProcessLauncher.Run(ProcessLauncher.StartInfo(program, arguments), s_commandTimeout);
        return outcome.EnsureSuccess($"{program} {string.Join(' ', arguments)}").Output;
    }

    private static bool TryRun(string program, params IEnumerable<string> arguments)
    {
        try
        {
            return ProcessLauncher.Run(ProcessLauncher.StartInfo(program, arguments), s_commandTimeout).ExitCode == 0;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
