using System;
using System.Collections.Generic;
using System.IO;
using MappedStructs.TestSupport;
using static MappedStructs.Integration.Tests.Tables.TableFileBytes;

namespace MappedStructs.Integration.Tests.Tables;

public sealed class BadHeaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Each case damages a valid 4-record table (capacity 4) in one way.</summary>
    public static TheoryData<string> Cases => new(s_corruptions.Keys);

    private static readonly Dictionary<string, (Func<byte[], byte[]> Damage, TableFileProblem Problem)> s_corruptions = new()
    {
        ["empty file"] = (f => [], TableFileProblem.Truncated),
        ["shorter than the fixed header"] = (f => f[..40], TableFileProblem.Truncated),
        ["shorter than the header page"] = (f => f[..4000], TableFileProblem.Truncated),
        ["records cut off"] = (f => f[..(f.Length - 1)], TableFileProblem.CapacityBeyondFile),
        ["wrong magic"] = (f => Set(f, 0, 0x4D), TableFileProblem.BadMagic),
        ["a text file"] = (f => System.Text.Encoding.ASCII.GetBytes(new string('x', 5000)), TableFileProblem.BadMagic),
        ["version 3, newer than any this library reads"] = (f => With(f, b => SetUInt32(b, VersionOffset, 3)), TableFileProblem.UnsupportedVersion),
        ["version 0"] = (f => With(f, b => SetUInt32(b, VersionOffset, 0)), TableFileProblem.UnsupportedVersion),
        ["header size not a page multiple"] = (f => With(f, b => SetUInt32(b, HeaderSize, 4000)), TableFileProblem.InvalidHeaderField),
        ["header size huge"] = (f => With(f, b => SetUInt32(b, HeaderSize, uint.MaxValue)), TableFileProblem.InvalidHeaderField),
        ["header size beyond the file"] = (f => With(f, b => SetUInt32(b, HeaderSize, 8192)), TableFileProblem.Truncated),
        ["layout text longer than the header"] = (f => With(f, b => SetUInt32(b, TextLength, 5000)), TableFileProblem.InvalidHeaderField),
        ["record size zero"] = (f => With(f, b => SetUInt32(b, RecordSize, 0)), TableFileProblem.InvalidHeaderField),
        ["record size above int.MaxValue"] = (f => With(f, b => SetUInt32(b, RecordSize, 0x8000_0000)), TableFileProblem.InvalidHeaderField),
        ["records offset inside the header"] = (f => With(f, b => SetInt64(b, RecordsOffset, 64)), TableFileProblem.InvalidHeaderField),
        ["records offset negative"] = (f => With(f, b => SetInt64(b, RecordsOffset, -4096)), TableFileProblem.InvalidHeaderField),
        ["layout text not UTF-8"] = (f => With(f, b => { b[Text] = 0xFF; FixChecksum(b); }), TableFileProblem.InvalidHeaderField),
        ["damaged layout text"] = (f => Set(f, Text + 3, (byte)'?'), TableFileProblem.ChecksumMismatch),
        ["damaged fingerprint"] = (f => Set(f, Fingerprint, 0x11), TableFileProblem.ChecksumMismatch),
        // A capacity past the file's end that still holds every committed record is what a power loss after an unsynced
        // growth leaves, and opens (CapacityPastFileEndTests); one past a file that lost committed records is damage.
        ["capacity beyond a file that lost committed records"] = (f => With(f[..(f.Length - 24)], b => SetInt64(b, Capacity, 5, fixChecksum: false)), TableFileProblem.CapacityBeyondFile),
        ["capacity negative"] = (f => With(f, b => SetInt64(b, Capacity, -1, fixChecksum: false)), TableFileProblem.Overflow),
        ["capacity times record size overflows"] = (f => With(f, b => SetInt64(b, Capacity, long.MaxValue / 3, fixChecksum: false)), TableFileProblem.Overflow),
        ["capacity of long.MaxValue"] = (f => With(f, b => SetInt64(b, Capacity, long.MaxValue, fixChecksum: false)), TableFileProblem.Overflow),
        ["count above capacity"] = (f => With(f, b => SetInt64(b, Count, 5, fixChecksum: false)), TableFileProblem.CountAboveCapacity),
        ["count negative"] = (f => With(f, b => SetInt64(b, Count, -1, fixChecksum: false)), TableFileProblem.CountAboveCapacity),
        ["count of long.MinValue"] = (f => With(f, b => SetInt64(b, Count, long.MinValue, fixChecksum: false)), TableFileProblem.CountAboveCapacity),
        ["record size differs from the type"] = (f => With(f, b => SetUInt32(b, RecordSize, 12)), TableFileProblem.LayoutMismatch),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_damaged_header_throws_the_documented_exception_and_leaves_the_file_unchanged(string corruption)
    {
        (Func<byte[], byte[]> damage, TableFileProblem problem) = s_corruptions[corruption];
        string path = _dir.File("bad.tbl");
        byte[] bad = damage(ValidTableBytes());
        File.WriteAllBytes(path, bad);

        foreach (MapAccess access in new[] { MapAccess.Read, MapAccess.ReadWrite, MapAccess.CopyOnWrite })
        {
            InvalidTableFileException e = Assert.ThrowsAny<InvalidTableFileException>(() => MappedTable<Tick>.Open(path, access));
            Assert.Equal(problem, e.Problem);
            Assert.Equal(path, e.FilePath);
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<IOException>(e);
        }

        Assert.Equal(problem, Assert.ThrowsAny<InvalidTableFileException>(() => ReadOnlyMappedTable<Tick>.Open(path)).Problem);
        Assert.Equal(bad, File.ReadAllBytes(path));
    }

    [Fact]
    public void Opening_with_another_layout_shows_both_layouts_side_by_side()
    {
        string path = _dir.File("ticks.tbl");
        File.WriteAllBytes(path, ValidTableBytes());
        byte[] before = File.ReadAllBytes(path);

        LayoutMismatchException e = Assert.Throws<LayoutMismatchException>(() => MappedTable<Quote>.Open(path, MapAccess.Read));

        Assert.Equal(TableFileProblem.LayoutMismatch, e.Problem);
        Assert.Equal(Tick.Layout.Describe(), e.FileLayout);
        Assert.Equal(Quote.Layout.Describe(), e.ExpectedLayout);
        string[] lines = e.Message.Split('\n');
        Assert.Contains(lines, l => l.Contains("Sequence", StringComparison.Ordinal) && l.Contains("Bid", StringComparison.Ordinal) && l.StartsWith('*'));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_missing_file_throws_FileNotFoundException()
    {
        Assert.Throws<FileNotFoundException>(() => MappedTable<Tick>.Open(_dir.File("missing.tbl"), MapAccess.Read));
    }

    [Fact]
    public void The_valid_bytes_used_by_these_tests_open()
    {
        string path = _dir.File("good.tbl");
        File.WriteAllBytes(path, ValidTableBytes());
        using var table = MappedTable<Tick>.Open(path, MapAccess.Read);
        Assert.Equal(4, table.Count);
    }

    private static byte[]? s_valid;

    /// <summary>A valid table of four records with capacity four, as bytes.</summary>
    internal static byte[] ValidTableBytes()
    {
        if (s_valid is null)
        {
            using var dir = new TempDirectory();
            string path = dir.File("valid.tbl");
            using (var table = MappedTable<Tick>.Create(path, 4))
            {
                for (long i = 0; i < 4; i++)
                {
                    table.Append(Tick.Create(i, i));
                }
            }

            s_valid = File.ReadAllBytes(path);
        }

        return (byte[])s_valid.Clone();
    }

    private static byte[] Set(byte[] file, int offset, byte value)
    {
        file[offset] ^= value;
        return file;
    }

    private static byte[] With(byte[] file, Action<byte[]> change)
    {
        change(file);
        return file;
    }
}
