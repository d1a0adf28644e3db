using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>A file in a fresh temporary directory, deleted with the directory on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly TempDirectory _directory = new("mappedstructs-tests-");

    public TempFile(string name = "data.bin") => Path = _directory.File(name);

    public string Path { get; }

    public string DirectoryPath => _directory.Path;

    /// <summary>Writes <paramref name="length"/> bytes 0, 1, 2, ... (mod 251) and returns them.</summary>
    public byte[] WritePattern(int length)
    {
        byte[] bytes = Pattern(length);
        File.WriteAllBytes(Path, bytes);
        return bytes;
    }

    public static byte[] Pattern(int length)
    {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i % 251);
        }

        return bytes;
    }

    /// <summary>The file's bytes as FileStream reads them, not through any mapping.</summary>
    public byte[] ReadBack()
    {
        using FileStream stream = new(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        byte[] bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose() => _directory.Dispose();
}
