using System.Collections.Generic;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>The shared /proc/self/smaps parser that the advice tests, the SharedDictionary sample and the benchmarks read.</summary>
public sealed class SmapsParserTests
{
    private static readonly string[] s_sample =
    [
        "7f12a0000000-7f12a0400000 rw-s 00000000 fd:01 1234                       /tmp/a dir/data.bin",
        "Size:               4096 kB",
        "Rss:                 128 kB",
        "Pss:                  64 kB",
        "FilePmdMapped:      2048 kB",
        "THPeligible:    1",
        "VmFlags: rd wr sh mr mw me ms hg ",
        "7f12a0400000-7f12a0401000 rw-p 00000000 00:00 0 ",
        "Rss:                   4 kB",
        "VmFlags: rd wr mr mw me ac ",
    ];

    [Fact]
    public void Parses_each_mapping_with_its_range_path_sizes_and_flags()
    {
        IReadOnlyList<SmapsMapping> mappings = Smaps.Parse(s_sample);

        Assert.Equal(2, mappings.Count);
        SmapsMapping file = mappings[0];
        Assert.Equal(0x7f12a0000000UL, file.Start);
        Assert.Equal(0x7f12a0400000UL, file.End);
        Assert.Equal("/tmp/a dir/data.bin", file.Path);
        Assert.Equal(128, file.KiB("Rss"));
        Assert.Equal(64, file.KiB("Pss"));
        Assert.Equal(2048, file.KiB("FilePmdMapped"));
        Assert.Equal(0, file.KiB("Swap"));
        Assert.Equal(["rd", "wr", "sh", "mr", "mw", "me", "ms", "hg"], file.VmFlags);
        Assert.True(file.Contains(0x7f12a03fffffUL));
        Assert.False(file.Contains(0x7f12a0400000UL));

        SmapsMapping anonymous = mappings[1];
        Assert.Equal(string.Empty, anonymous.Path);
        Assert.Equal(4, anonymous.KiB("Rss"));
        Assert.DoesNotContain("hg", anonymous.VmFlags);
    }

    [Fact]
    public void Finds_this_process_mapping_of_a_file_it_maps()
    {
        Assert.SkipUnless(Smaps.Available, "/proc/self/smaps is Linux's.");
        using TempFile file = new();
        file.WritePattern(8 * 4096);
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        using MappedView view = mapped.CreateView();
        _ = view.Read<long>(0);

        IReadOnlyList<SmapsMapping> mappings = Smaps.MappingsOf(file.Path);

        SmapsMapping mapping = Assert.Single(mappings);
        Assert.Equal(8 * 4096UL, mapping.End - mapping.Start);
        Assert.Contains("rd", mapping.VmFlags);
    }
}
