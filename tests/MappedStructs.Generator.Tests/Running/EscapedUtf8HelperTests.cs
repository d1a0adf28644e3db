using System;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// <see cref="GeneratedLayoutSupport.LoadUtf8"/> and the padded writer on their own: invalid bytes escape to U+DC80..U+DCFF
/// and write back as themselves; surrogate pairs whose low half lies in that range are text, not escapes.
/// </summary>
public class EscapedUtf8HelperTests
{
    [Fact]
    public void A_truncated_sequence_at_the_end_and_a_stray_continuation_byte_escape_byte_by_byte()
    {
        byte[] field = [(byte)'a', 0x80, (byte)'b', 0xE2, 0x82, (byte)' ', (byte)' '];
        Assert.Equal("a\uDC80b\uDCE2\uDC82", GeneratedLayoutSupport.LoadUtf8(field, (byte)' '));
        Assert.Equal("a\uDC80b\uDCE2\uDC82  ", GeneratedLayoutSupport.LoadUtf8(field, 0));
    }

    [Fact]
    public void A_supplementary_character_whose_low_surrogate_is_in_the_escape_range_is_encoded_as_text()
    {
        byte[] field = new byte[6];
        GeneratedLayoutSupport.WriteUtf8("\U00010080", field, (byte)' ', "F");
        Assert.Equal(new byte[] { 0xF0, 0x90, 0x82, 0x80, 0x20, 0x20 }, field);
        Assert.Equal("\U00010080", GeneratedLayoutSupport.ReadUtf8(field, (byte)' ', "F"));
    }

    // Code units, not strings: test data serialization would replace a lone surrogate with U+FFFD. The escape before the
    // surrogate sends the text down the escaping encoder; without one the strict encoder refuses it (EncoderFallbackException).
    [Theory]
    [InlineData(0xD800, "x", true)]
    [InlineData(0xDBFF, "", true)]
    [InlineData(0xDC7F, "", true)]
    [InlineData(0xD800, "x", false)]
    [InlineData(0xDC7F, "", false)]
    public void A_lone_surrogate_that_is_not_an_escape_is_refused_before_anything_is_written(int surrogate, string after, bool afterAnEscape)
    {
        string text = (afterAnEscape ? "\uDC80" : string.Empty) + (char)surrogate + after;
        byte[] field = [1, 2, 3, 4];
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => GeneratedLayoutSupport.WriteUtf8(text, field, (byte)' ', "F"));
        if (afterAnEscape)
        {
            Assert.Contains("F cannot hold the lone surrogate U+" + surrogate.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(new byte[] { 1, 2, 3, 4 }, field);
    }

    [Fact]
    public void Any_bytes_decode_and_encode_back_to_themselves() =>
        Gen.Byte.Array[0, 24].Sample(
            bytes =>
            {
                // Without NUL and trailing padding, the whole field is text under both paddings.
                byte[] field = Array.ConvertAll(bytes, b => b is 0 or (byte)' ' ? (byte)'x' : b);
                foreach (byte padding in new byte[] { 0, (byte)' ' })
                {
                    byte[] written = new byte[field.Length];
                    GeneratedLayoutSupport.WriteUtf8(GeneratedLayoutSupport.LoadUtf8(field, padding), written, padding, "F");
                    Assert.Equal(field, written);
                }
            },
            iter: 2000);
}
