using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

public class FingerprintTests
{
    [Fact]
    public void Fnv1a_64_matches_the_published_test_vectors()
    {
        Assert.Equal(0xcbf29ce484222325UL, Fingerprint.Of(string.Empty));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Fingerprint.Of("a"));
        Assert.Equal(0x85944171f73967e8UL, Fingerprint.Of("foobar"));
    }

    private static LayoutSpec Sample(string typeName = "T", ByteOrder endian = ByteOrder.Little, string fieldName = "Id", int offset = 0) =>
        Spec(typeName, [F(fieldName, ScalarType.Int64, offset), F("Price", ScalarType.Double, 8)], endian: endian, ns: "Somewhere");

    [Fact]
    public void Fingerprint_is_a_pure_function_of_the_byte_layout()
    {
        Assert.Equal(Resolve(Sample()).Fingerprint, Resolve(Sample()).Fingerprint);
        Assert.Equal(Resolve(Sample()).Fingerprint, Resolve(Sample(typeName: "Renamed")).Fingerprint);
    }

    [Fact]
    public void Fingerprint_changes_with_byte_order_names_offsets_and_types()
    {
        ulong baseline = Resolve(Sample()).Fingerprint;
        Assert.NotEqual(baseline, Resolve(Sample(endian: ByteOrder.Big)).Fingerprint);
        Assert.NotEqual(baseline, Resolve(Sample(endian: ByteOrder.PerView)).Fingerprint);
        Assert.NotEqual(Resolve(Sample(endian: ByteOrder.Big)).Fingerprint, Resolve(Sample(endian: ByteOrder.PerView)).Fingerprint);
        Assert.NotEqual(baseline, Resolve(Sample(fieldName: "Key")).Fingerprint);
        Assert.NotEqual(baseline, Resolve(Sample(offset: 16)).Fingerprint);
        LayoutSpec otherType = Spec("T", [F("Id", ScalarType.UInt64, 0), F("Price", ScalarType.Double, 8)]);
        Assert.NotEqual(baseline, Resolve(otherType).Fingerprint);
    }

    [Fact]
    public void Fingerprint_of_a_nested_layout_follows_the_nested_layout()
    {
        LayoutSpec innerA = Spec("Inner", [F("A", ScalarType.Int32)]);
        LayoutSpec innerB = Spec("Inner", [F("B", ScalarType.Int32)]);
        LayoutSpec outer = Spec("Outer", [Nest("In", innerA)]);

        Assert.NotEqual(Resolve(outer, innerA).Fingerprint, Resolve(outer, innerB).Fingerprint);
    }

    [Fact]
    public void Fingerprint_is_stable_across_builds()
    {
        // FNV-1a 64 of "mappedstructs-layout/1 endian=little size=16 align=8\nId int64 0 8\nPrice float64 8 8\n", computed independently.
        // The value is written into files: changing the canonical text breaks every existing file.
        Assert.Equal(0x2ed418ce190413fbUL, Resolve(Sample()).Fingerprint);
    }
}
