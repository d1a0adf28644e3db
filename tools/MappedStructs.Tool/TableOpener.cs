using System;
using System.IO;
using System.Text;

namespace MappedStructs.Tool;

/// <summary>Opens a table by its stored layout, turning every reason it cannot be opened into one line that says what was found.</summary>
internal static class TableOpener
{
    // The first eight bytes of every table file (docs/tables.md, "File format").
    private static ReadOnlySpan<byte> Magic => "MSTABLE\0"u8;

    public static DescribedTable Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ToolException($"'{path}' is a directory, not a table file.");
        }

        if (!File.Exists(path))
        {
            throw new ToolException($"'{path}' does not exist.");
        }

        try
        {
            return DescribedTable.Open(path);
        }
        catch (InvalidTableFileException e) when (e.Problem is TableFileProblem.BadMagic or TableFileProblem.Truncated && !StartsWithMagic(path))
        {
            throw new ToolException(NotATable(path));
        }
    }

    /// <summary>"'x' is not a MappedStructs table: 1,234 bytes, starting 7F 45 4C 46 ... ("\x7FELF...")".</summary>
    public static string NotATable(string path)
    {
        byte[] first = FirstBytes(path, 16);
        long length = new FileInfo(path).Length;
        if (first.Length == 0)
        {
            return $"'{path}' is not a MappedStructs table: it is empty.";
        }

        var hex = new StringBuilder();
        var text = new StringBuilder();
        foreach (byte b in first)
        {
            hex.Append(hex.Length == 0 ? string.Empty : " ").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            text.Append(b is >= 0x20 and < 0x7F ? (char)b : '.');
        }

        return $"'{path}' is not a MappedStructs table: {length:N0} bytes, starting {hex} (\"{text}\"), not the magic \"MSTABLE\\0\".";
    }

    private static bool StartsWithMagic(string path) => FirstBytes(path, Magic.Length).AsSpan().SequenceEqual(Magic);

    private static byte[] FirstBytes(string path, int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        byte[] buffer = new byte[count];
        int read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..read];
    }
}
