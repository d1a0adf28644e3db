using System;
using System.IO;
using System.Linq;

namespace MappedStructs.TestSupport;

/// <summary>
/// The mount, umount and mkfs calls behind <see cref="TmpfsMount"/> and <see cref="LoopDeviceImage"/>: tests that need a
/// small, full-able file system make one, and skip (saying why) where they cannot: not Linux, not root, or a tool missing.
/// </summary>
internal static class MountCommands
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(1);

    /// <summary>Null when <paramref name="tools"/> can be run to mount file systems here, else why not.</summary>
    public static string? WhyCannotMount(params string[] tools)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "mounting a small file system needs Linux";
        }

        if (Environment.UserName != "root")
        {
            return $"mounting a small file system needs root (running as {Environment.UserName})";
        }

        string[] path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Concat(["/sbin", "/usr/sbin"]).ToArray();
        string? missing = tools.FirstOrDefault(tool => !path.Any(directory => File.Exists(Path.Combine(directory, tool))));
        return missing is null ? null : $"'{missing}' is not installed";
    }

    /// <summary>Runs <paramref name="program"/>; throws with its output when it fails.</summary>
    public static void Run(string program, params string[] arguments)
    {
        ProcessOutcome outcome = ProcessLauncher.Run(ProcessLauncher.StartInfo(program, arguments), s_timeout);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {outcome.ExitCode}: {outcome.Output}{outcome.Errors}");
        }
    }

    /// <summary>Unmounts, lazily if something still holds the mount, so a failed test cannot leave it behind.</summary>
    public static void Unmount(string mountPoint)
    {
        try
        {
            Run("umount", mountPoint);
        }
        catch (InvalidOperationException)
        {
            Run("umount", "-l", mountPoint);
        }
    }
}
