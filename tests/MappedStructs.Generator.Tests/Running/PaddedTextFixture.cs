using System;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles a tar-like header (space- and NUL-padded text) in both byte orders, and its probes, once for the class.</summary>
public sealed class PaddedTextFixture : IDisposable
{
    /// <summary>The header's size: a ustar header shortened to the fields the tests need.</summary>
    public const int TarSize = 64;

    /// <summary>The big-endian volume's size.</summary>
    public const int VolumeSize = 36;

    private const string Source = """
        using System;
        using MappedStructs;

        namespace Padded;

        [MappedLayout(Size = 64)]
        public partial record struct TarHeader
        {
            [Field(0), Utf8(16)] public string Name { get; init; }
            [Field(16), Utf8(8, Padding = ' ')] public string Mode { get; init; }
            [Field(24), Utf8(12, Padding = ' ')] public string FileSize { get; init; }
            [Field(36), Utf8(6, Padding = ' ')] public string Magic { get; init; }
            [Field(42), Utf8(22, Padding = '*')] public string Comment { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Volume
        {
            public ushort Number { get; init; }
            public ushort Flags { get; init; }
            [Utf8(32, Padding = ' ')] public string VolumeId { get; init; }
        }

        public static class Probe
        {
            public static string Mode(byte[] b) => TarHeader.ReadOnlyRef.From(b).Mode;
            public static string WritableMode(byte[] b) => TarHeader.Ref.From(b).Mode;
            public static string Comment(byte[] b) => TarHeader.ReadOnlyRef.From(b).Comment;
            public static void SetMode(byte[] b, string? mode) { TarHeader.Ref view = TarHeader.Ref.From(b); view.Mode = mode!; }
            public static int ModeBytesLength(byte[] b) => TarHeader.ReadOnlyRef.From(b).ModeBytes.Length;

            public static object LoadTar(byte[] b) => TarHeader.LoadFrom(b);
            public static string[] LoadTarTexts(byte[] b)
            {
                TarHeader header = TarHeader.LoadFrom(b);
                return new[] { header.Name, header.Mode, header.FileSize, header.Magic, header.Comment };
            }

            public static byte[] StoreLoadedTar(byte[] b)
            {
                byte[] copy = new byte[b.Length];
                TarHeader.StoreTo(TarHeader.LoadFrom(b), copy);
                return copy;
            }

            public static void StoreTar(byte[] b, string name, string mode, string fileSize, string magic, string comment) =>
                TarHeader.StoreTo(new TarHeader { Name = name, Mode = mode, FileSize = fileSize, Magic = magic, Comment = comment }, b);

            public static byte[] StoreLoadedVolume(byte[] b)
            {
                byte[] copy = new byte[b.Length];
                Volume.StoreTo(Volume.LoadFrom(b), copy);
                return copy;
            }

            public static void StoreVolume(byte[] b, ushort number, string volumeId) =>
                Volume.StoreTo(new Volume { Number = number, Flags = 1, VolumeId = volumeId }, b);

            public static string VolumeId(byte[] b) => Volume.ReadOnlyRef.From(b).VolumeId;
            public static string[] TypeNames() => Array.ConvertAll(new[] { TarHeader.Layout, Volume.Layout }, l => string.Join(",", System.Linq.Enumerable.Select(l.Fields, f => f.TypeName)));
        }
        """;

    public PaddedTextFixture() => Assembly = RunnableAssembly.Build("PaddedText", Source);

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();
}
