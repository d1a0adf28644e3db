namespace MappedStructs.Runtime.Tests;

public sealed class LayoutInfoTests
{
    [Fact]
    public void Describe_lists_every_field_with_offset_and_size()
    {
        var info = new LayoutInfo("Demo", 16, 8, Endianness.Little, 0xABCDEF, [
            new LayoutField("Id", 0, 8, FieldKind.Scalar, "int64"),
            new LayoutField("Name", 8, 8, FieldKind.Utf8, "utf8[8]"),
        ]);

        string text = info.Describe();

        Assert.Contains("size=16", text, System.StringComparison.Ordinal);
        Assert.Contains("fingerprint=0x0000000000ABCDEF", text, System.StringComparison.Ordinal);
        Assert.Contains("Name", text, System.StringComparison.Ordinal);
    }
}
