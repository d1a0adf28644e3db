using System;
using System.IO;
using System.Text;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Space-padded (and other ASCII-padded) text read and written through generated views of a tar-like header, and
/// <c>Load</c> over bytes that are not valid UTF-8: it does not throw, and <c>Store(Load())</c> gives back every byte.
/// </summary>
public class PaddedTextTests(PaddedTextFixture fixture) : IClassFixture<PaddedTextFixture>
{
    private object? Call(string method, params object?[] arguments) => fixture.Assembly.Call("Padded.Probe", method, arguments);

    private static byte[] Tar(string name, string mode, string fileSize, string magic, string comment)
    {
        byte[] bytes = new byte[PaddedTextFixture.TarSize];
        Put(bytes, 0, 16, name, 0);
        Put(bytes, 16, 8, mode, (byte)' ');
        Put(bytes, 24, 12, fileSize, (byte)' ');
        Put(bytes, 36, 6, magic, (byte)' ');
        Put(bytes, 42, 22, comment, (byte)'*');
        return bytes;
    }

    private static void Put(byte[] bytes, int offset, int length, string text, byte padding)
    {
        bytes.AsSpan(offset, length).Fill(padding);
        Encoding.Latin1.GetBytes(text).CopyTo(bytes, offset);
    }

    [Fact]
    public void A_tar_header_as_tar_writes_it_comes_back_byte_for_byte_from_Store_of_Load()
    {
        // ustar: octal numbers ending in NUL or space, the magic "ustar\0", names NUL-padded.
        byte[] header = Tar("hello.txt", "0000644\0", "00000000012 ", "ustar\0", "note");
        Assert.Equal(header, Call("StoreLoadedTar", header));
        Assert.Equal(new[] { "hello.txt", "0000644\0", "00000000012", "ustar\0", "note" }, Call("LoadTarTexts", header));
    }

    [Theory]
    [InlineData("644     ", "644")]
    [InlineData(" 6 4 4  ", " 6 4 4")]
    [InlineData("        ", "")]
    [InlineData("0000644\0", "0000644\0")]
    [InlineData("\0       ", "\0")]
    [InlineData("12345678", "12345678")]
    public void The_getter_drops_only_the_trailing_padding_bytes(string field, string text)
    {
        byte[] bytes = Tar("", field, "", "", "");
        Assert.Equal(text, Call("Mode", bytes));
        Assert.Equal(text, Call("WritableMode", bytes));
        Assert.Equal(8, Call("ModeBytesLength", bytes));
    }

    [Fact]
    public void A_padding_other_than_space_is_trimmed_the_same_way()
    {
        byte[] bytes = Tar("", "", "", "", "a*b ");
        Assert.Equal("a*b ", Call("Comment", bytes));
    }

    [Theory]
    [InlineData("644", "644     ")]
    [InlineData("", "        ")]
    [InlineData(null, "        ")]
    [InlineData("a\0b", "a\0b     ")]
    [InlineData(" 644", " 644    ")]
    [InlineData("12345678", "12345678")]
    public void The_setter_writes_the_text_and_fills_the_rest_with_the_padding(string? text, string field)
    {
        byte[] bytes = Tar("x", "garbage!", "1", "2", "3");
        Call("SetMode", bytes, text);
        Assert.Equal(Encoding.Latin1.GetBytes(field), bytes[16..24]);
    }

    [Theory]
    [InlineData("644 ", "cannot end with its padding character U+0020")]
    [InlineData("123456789", "holds at most 8 UTF-8 bytes; the text needs 9")]
    [InlineData("1234567\u00E9", "holds at most 8 UTF-8 bytes; the text needs 9")]
    public void The_setter_refuses_text_that_would_not_read_back_and_writes_nothing(string text, string message)
    {
        byte[] bytes = Tar("x", "0000644", "1", "2", "3");
        byte[] before = (byte[])bytes.Clone();
        ArgumentException error = Assert.Throws<ArgumentException>(() => Call("SetMode", bytes, text));
        Assert.Contains("TarHeader.Mode", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, bytes);
        Assert.Throws<ArgumentException>(() => Call("StoreTar", bytes, "x", text, "1", "2", "3"));
        Assert.Equal(before, bytes);
    }

    [Fact]
    public void Load_over_invalid_UTF8_does_not_throw_escapes_the_bytes_and_Store_gives_them_back()
    {
        byte[] header = Tar("name", "06\u00FF4", "12", "ustar\0", "c");
        header[2] = 0xC3; // a lead byte without its continuation, in the NUL-padded name: "na" C3 "e"
        string[] texts = (string[])Call("LoadTarTexts", header)!;
        Assert.Equal("na\uDCC3e", texts[0]);
        Assert.Equal("06\uDCFF4", texts[1]);
        Assert.Equal(header, Call("StoreLoadedTar", header));

        // The view's getter stays strict: the record is the lenient way in.
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => Call("Mode", header));
        Assert.Contains("byte 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_big_endian_volume_descriptor_round_trips_its_space_padded_identifier()
    {
        byte[] bytes = new byte[PaddedTextFixture.VolumeSize];
        Call("StoreVolume", bytes, (ushort)0x0102, "CDROM");
        Assert.Equal(new byte[] { 0x01, 0x02, 0x00, 0x01 }, bytes[..4]);
        Assert.Equal(Encoding.ASCII.GetBytes("CDROM".PadRight(32)), bytes[4..]);
        Assert.Equal("CDROM", Call("VolumeId", bytes));
        Assert.Equal(bytes, Call("StoreLoadedVolume", bytes));
    }

    [Fact]
    public void The_catalogue_names_the_padding()
    {
        Assert.Equal(
            new[] { "utf8[16],utf8[8]/space-padded,utf8[12]/space-padded,utf8[6]/space-padded,utf8[22]/padded-0x2A", "uint16,uint16,utf8[32]/space-padded" },
            Call("TypeNames"));
    }

    [Fact]
    public void Any_bytes_of_a_space_padded_record_come_back_from_Store_of_Load() =>
        Gen.Byte.Array[PaddedTextFixture.VolumeSize].Sample(
            bytes => Assert.Equal(bytes, Call("StoreLoadedVolume", bytes)), iter: 500, threads: 1);

    [Fact]
    public void Any_tar_header_whose_name_is_NUL_padded_comes_back_from_Store_of_Load() =>
        Gen.Byte.Array[PaddedTextFixture.TarSize].Sample(
            bytes =>
            {
                // Past the name's first NUL the bytes are padding, which Store writes as NUL.
                int end = Array.IndexOf(bytes, (byte)0, 0, 16);
                if (end >= 0)
                {
                    Array.Clear(bytes, end, 16 - end);
                }

                Assert.Equal(bytes, Call("StoreLoadedTar", bytes));
            },
            iter: 500,
            threads: 1);

    [Fact]
    public void Any_text_the_setter_accepts_reads_back_unchanged() =>
        // Escapes (U+DC80 to U+DCFF) are left out: two of them may spell valid UTF-8, which reads back as the text it spells.
        Gen.Char.Where(c => c is < '\uDC80' or > '\uDCFF').Array[0, 9].Select(chars => new string(chars)).Sample(
            text =>
            {
                byte[] bytes = new byte[PaddedTextFixture.TarSize];
                try
                {
                    Call("SetMode", bytes, text);
                }
                catch (ArgumentException)
                {
                    return;
                }

                Assert.Equal(text, Call("LoadTarTexts", bytes) is string[] texts ? texts[1] : null);
            },
            iter: 1000,
            threads: 1);
}
