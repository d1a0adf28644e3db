using System.Text;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// A record of the heap crash tests whose every field follows from its index: fixed fields (the index and a hash of it)
/// beside a [Blob] of 0 to 300 bytes and a [Text] of 0 to a few dozen characters, so a verifier can tell the record and
/// both values the writer appended from zeros, garbage or another record's, without asking the writer.
/// </summary>
[MappedLayout]
public partial record struct IndexedNote
{
    [Field(0)]
    public long Index { get; init; }

    [Field(8)]
    public ulong Check { get; init; }

    [Field(16), Blob]
    public byte[] Body { get; init; }

    [Field(24), Text]
    public string Label { get; init; }

    /// <summary>The record with index <paramref name="index"/>.</summary>
    public static IndexedNote For(long index) => new() { Index = index, Check = Mix(index), Body = BodyFor(index), Label = LabelFor(index) };

    /// <summary>0 to 300 bytes (empty for some indexes, which takes no heap bytes), each depending on the index and its position.</summary>
    public static byte[] BodyFor(long index)
    {
        byte[] body = new byte[(int)(index * 7919 % 301)];
        ulong mixed = Mix(index);
        for (int k = 0; k < body.Length; k++)
        {
            body[k] = (byte)((mixed >> ((k & 7) * 8)) ^ (ulong)k);
        }

        return body;
    }

    /// <summary>Empty for every third index; otherwise the index and a run of one letter, with a non-ASCII character now and then.</summary>
    public static string LabelFor(long index) => index % 3 == 0
        ? string.Empty
        : $"#{index}:{new string((char)('a' + (index % 26)), (int)(index % 23))}{(index % 7 == 0 ? "é" : string.Empty)}";

    /// <summary>The UTF-8 bytes of <see cref="LabelFor"/>.</summary>
    public static byte[] LabelBytesFor(long index) => Encoding.UTF8.GetBytes(LabelFor(index));

    /// <summary>A 64-bit mix of the index (SplitMix64's finaliser): neighbouring indexes give unrelated bits.</summary>
    public static ulong Mix(long index)
    {
        ulong z = (ulong)index + 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
