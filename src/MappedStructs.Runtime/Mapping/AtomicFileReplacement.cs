using System;
using System.IO;
using System.Security.Cryptography;
using MappedStructs.Interop;

namespace MappedStructs;

/// <summary>
/// Replacing a file without pulling pages from under anyone who maps it: the new contents are built in a temporary file
/// beside the target (same directory, so the same file system), then renamed over it in one step. A reader that mapped
/// the old file keeps the old inode and its bytes until it lets go; a reader that opens after the rename sees the new file,
/// complete. Every operation of this library that would otherwise shorten or overwrite a file that others may map goes
/// through here (see docs/runtime.md, "Replacing and shortening files").
/// </summary>
internal static partial class AtomicFileReplacement
{
    /// <summary>
    /// Builds the replacement with <paramref name="buildBeside"/> (given the temporary path) and renames it over
    /// <paramref name="targetPath"/>. On any failure the temporary file is removed, whatever <paramref name="buildBeside"/>
    /// returned is passed to <paramref name="discard"/>, and the target is as it was.
    /// </summary>
    /// <exception cref="IOException">The rename failed (on Windows: the target is open or mapped elsewhere); the message names the target.</exception>
    internal static T Replace<T>(string targetPath, Func<string, T> buildBeside, Action<T> discard)
        where T : class
    {
        string target = ResolveFinalTarget(targetPath);
        string temporary = TemporaryPathBeside(target);
        T? built = null;
        try
        {
            built = buildBeside(temporary);
            KeepPermissions(target, temporary);
            MoveOver(temporary, target, targetPath);
            return built;
        }
        catch
        {
            if (built is not null)
            {
                discard(built);
            }

            DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>A name no other replacement uses: hidden, in the target's directory, ending in .tmp so leftovers of a killed process are recognisable.</summary>
    internal static string TemporaryPathBeside(string target)
    {
        string directory = Path.GetDirectoryName(target) ?? throw new IOException($"'{target}' has no directory to build its replacement in.");
        string unique = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        return Path.Combine(directory, $".{Path.GetFileName(target)}.{unique}.tmp");
    }

    /// <summary>
    /// The file a path finally names: replacing a symbolic link's target keeps the link (renaming over the link itself would
    /// turn it into a regular file). A dangling link or a loop is left to the caller's open, which reports it.
    /// </summary>
    private static string ResolveFinalTarget(string path)
    {
        try
        {
            FileSystemInfo? final = new FileInfo(path).LinkTarget is null ? null : File.ResolveLinkTarget(path, returnFinalTarget: true);
            return final is { Exists: true } ? final.FullName : path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    /// <summary>The replacement keeps the permission bits of the file it replaces (on Unix; Windows' ACLs are inherited from the directory).</summary>
    private static void KeepPermissions(string target, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The target vanished meanwhile, or is not ours to read: the replacement keeps the default permissions.
        }
    }

    private static void MoveOver(string temporary, string target, string requestedPath)
    {
        try
        {
            // rename(2) on Unix, MoveFileEx on Windows: atomic within one file system.
            if (OperatingSystem.IsWindows())
            {
                RenameOverWindows(temporary, target, Kernel32.MoveFileEx);
            }
            else
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string why = OperatingSystem.IsWindows()
                ? "Windows does not let a file be replaced while another process (or table) has it open or mapped; close them first"
                : e.Message;
            throw new IOException($"Cannot replace '{requestedPath}': {why}. The file is unchanged.", e);
        }

        // Before anyone syncs records into the new file: its name must survive a power loss as its pages will.
        DirectorySync.AfterRename(Path.GetDirectoryName(target)!);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failure being reported matters more than a leftover hidden .tmp file.
        }
    }
}
