using System;
using System.Linq;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles three twins (the same fields little-endian, big-endian and per view) and per-view probes, once for the class.</summary>
public sealed class PerViewFixture : IDisposable
{
    private const string Fields = """
            public long Id { get; init; }
            public double Price { get; init; }
            public int Quantity { get; init; }
            public ushort Port { get; init; }
            public char Letter { get; init; }
            public Guid Key { get; init; }
            [Int24] public int Delta { get; init; }
            [UInt24] public uint Count { get; init; }
            [Bits(0, 5, Container = typeof(uint))] public byte Low { get; init; }
            [Bits(5, 27, Container = typeof(uint))] public uint High { get; init; }
            [FixedArray(2)] public short[] Pair { get; init; }
            [FixedArray(3)] public byte[] Raw { get; init; }
            public bool Flag { get; init; }
        """;

    private static readonly string s_source = $$"""
        using System;
        using MappedStructs;

        namespace PerView;

        [MappedLayout]
        public partial record struct LittleTwin
        {
        {{Fields}}
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigTwin
        {
        {{Fields}}
        }

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct PerViewTwin
        {
        {{Fields}}
        }

        [MappedLayout]
        public partial record struct LittleChild
        {
            public int Value { get; init; }
        }

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Child
        {
            public int Value { get; init; }
        }

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Parent
        {
            public Child Own { get; init; }
            public LittleChild Fixed { get; init; }
            [FixedArray(2)] public Child[] Many { get; init; }
        }

        public static class Probe
        {
            public static object[] Values(LittleTwin.ReadOnlyRef r) => [r.Id, r.Price, r.Quantity, r.Port, r.Letter, r.Key, r.Delta, r.Count, r.Low, r.High, r.Pair[0], r.Pair[1], r.Raw[2], r.Flag];
            public static object[] Values(BigTwin.ReadOnlyRef r) => [r.Id, r.Price, r.Quantity, r.Port, r.Letter, r.Key, r.Delta, r.Count, r.Low, r.High, r.Pair[0], r.Pair[1], r.Raw[2], r.Flag];
            public static object[] Values(PerViewTwin.ReadOnlyRef r) => [r.Id, r.Price, r.Quantity, r.Port, r.Letter, r.Key, r.Delta, r.Count, r.Low, r.High, r.Pair[0], r.Pair[1], r.Raw[2], r.Flag];
            public static object[] ReadLittle(byte[] b) => Values(LittleTwin.ReadOnlyRef.From(b));
            public static object[] ReadBig(byte[] b) => Values(BigTwin.ReadOnlyRef.From(b));
            public static object[] ReadPerView(byte[] b, Endianness order) => Values(PerViewTwin.ReadOnlyRef.From(b, order));
            public static object[] ReadPerViewThroughRef(byte[] b, Endianness order) => Values(PerViewTwin.Ref.From(b, order));
            public static void StoreLittle(byte[] from, byte[] to) => LittleTwin.StoreTo(LittleTwin.LoadFrom(from), to);
            public static void StoreBig(byte[] from, byte[] to) => BigTwin.StoreTo(BigTwin.LoadFrom(from), to);
            public static void StorePerView(byte[] from, byte[] to, Endianness order) => PerViewTwin.StoreTo(PerViewTwin.LoadFrom(from, order), to, order);
            public static void CopyThroughRef(byte[] from, byte[] to, Endianness order) => PerViewTwin.Ref.From(to, order).Store(PerViewTwin.Ref.From(from, order).Load());
            public static T Generic<T>(byte[] b) where T : struct, IMappedLayout<T> => T.LoadFrom(b);
            public static void GenericStore<T>(T value, byte[] b) where T : struct, IMappedLayout<T> => T.StoreTo(value, b);
            public static void LoadThroughInterface(byte[] b) => Generic<PerViewTwin>(b);
            public static void StoreThroughInterface(byte[] b) => GenericStore(new PerViewTwin { Pair = new short[2], Raw = new byte[3] }, b);
            public static void RefFrom(byte[] b, Endianness order) => PerViewTwin.Ref.From(b, order);
            public static void ReadOnlyRefFrom(byte[] b, Endianness order) => PerViewTwin.ReadOnlyRef.From(b, order);
            public static void LoadFrom(byte[] b, Endianness order) => PerViewTwin.LoadFrom(b, order);
            public static void StoreTo(byte[] b, Endianness order) => PerViewTwin.StoreTo(default, b, order);
            public static long ConvertedId(byte[] b, Endianness order, long id)
            {
                PerViewTwin.Ref writable = PerViewTwin.Ref.From(b, order);
                writable.Id = id;
                PerViewTwin.ReadOnlyRef readOnly = writable;
                return readOnly.Id;
            }
            public static int[] ReadParent(byte[] b, Endianness order)
            {
                Parent.ReadOnlyRef p = Parent.ReadOnlyRef.From(b, order);
                return [p.Own.Value, p.Fixed.Value, p.Many[0].Value, p.Many[1].Value];
            }
            public static void WriteParent(byte[] b, Endianness order, int value)
            {
                Parent.Ref p = Parent.Ref.From(b, order);
                Child.Ref own = p.Own;
                own.Value = value;
                LittleChild.Ref little = p.Fixed;
                little.Value = value;
                Parent.ManyArray many = p.Many;
                Child.Ref second = many[1];
                second.Value = value;
            }
        }
        """;

    public PerViewFixture() => Assembly = RunnableAssembly.Build("PerView", s_source);

    internal RunnableAssembly Assembly { get; }

    internal int Size => (int)Assembly.Constant("PerView.PerViewTwin", "Size")!;

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// A layout whose byte order is chosen when the view is made reads and writes the same bytes as the fixed-order twin of
/// the order it was made with; the order is checked once, in <c>From</c>; the record copies that cannot know the order refuse.
/// </summary>
public class PerViewTests(PerViewFixture fixture) : IClassFixture<PerViewFixture>
{
    private const string Probe = "PerView.Probe";

    [Fact]
    public void The_same_bytes_read_as_the_fixed_order_twin_of_the_view_order()
    {
        Gen.Byte.Array[fixture.Size].Sample(bytes =>
        {
            AssertSame(Call("ReadLittle", bytes), Call("ReadPerView", bytes, Endianness.Little));
            AssertSame(Call("ReadBig", bytes), Call("ReadPerView", bytes, Endianness.Big));
            AssertSame(Call("ReadBig", bytes), Call("ReadPerViewThroughRef", bytes, Endianness.Big));
        });
    }

    [Fact]
    public void Copies_write_the_bytes_the_fixed_order_twin_writes()
    {
        Gen.Select(Gen.Byte.Array[fixture.Size], Gen.Bool).Sample((source, big) =>
        {
            // Normalise the source first: a bool reads any non-zero byte as true and writes 1.
            byte[] canonical = new byte[fixture.Size];
            fixture.Assembly.Call(Probe, big ? "StoreBig" : "StoreLittle", source, canonical);

            byte[] expected = new byte[fixture.Size];
            fixture.Assembly.Call(Probe, big ? "StoreBig" : "StoreLittle", canonical, expected);
            Endianness order = big ? Endianness.Big : Endianness.Little;
            byte[] stored = new byte[fixture.Size];
            fixture.Assembly.Call(Probe, "StorePerView", canonical, stored, order);
            Assert.Equal(expected, stored);
            byte[] copied = new byte[fixture.Size];
            fixture.Assembly.Call(Probe, "CopyThroughRef", canonical, copied, order);
            Assert.Equal(expected, copied);
        });
    }

    [Fact]
    public void The_two_orders_read_the_same_bytes_differently()
    {
        byte[] bytes = new byte[fixture.Size];
        bytes[7] = 1;
        Assert.Equal(1L, Call("ReadPerView", bytes, Endianness.Big)[0]);
        Assert.Equal(1L << 56, Call("ReadPerView", bytes, Endianness.Little)[0]);
    }

    [Theory]
    [InlineData("RefFrom")]
    [InlineData("ReadOnlyRefFrom")]
    [InlineData("LoadFrom")]
    [InlineData("StoreTo")]
    public void An_order_other_than_little_or_big_is_refused_when_the_view_is_made(string method)
    {
        foreach (Endianness order in new[] { Endianness.PerView, (Endianness)(-1), (Endianness)7 })
        {
            byte[] bytes = new byte[fixture.Size];
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Assembly.Call(Probe, method, bytes, order));
            Assert.Equal("byteOrder", e.ParamName);
            Assert.All(bytes, b => Assert.Equal(0, b));
        }
    }

    [Theory]
    [InlineData("RefFrom")]
    [InlineData("ReadOnlyRefFrom")]
    public void A_short_buffer_is_refused_in_either_order(string method)
    {
        foreach (Endianness order in new[] { Endianness.Little, Endianness.Big })
        {
            Assert.Throws<ArgumentException>(() => fixture.Assembly.Call(Probe, method, new byte[fixture.Size - 1], order));
        }
    }

    [Theory]
    [InlineData("LoadThroughInterface")]
    [InlineData("StoreThroughInterface")]
    public void The_order_less_interface_copies_refuse_and_say_what_to_call(string method)
    {
        byte[] bytes = new byte[fixture.Size];
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => fixture.Assembly.Call(Probe, method, bytes));
        Assert.Contains("PerView.PerViewTwin is declared with Endianness.PerView", e.Message, StringComparison.Ordinal);
        Assert.Contains("byteOrder", e.Message, StringComparison.Ordinal);
        Assert.All(bytes, b => Assert.Equal(0, b));
    }

    [Fact]
    public void A_read_only_view_converted_from_a_writable_one_keeps_its_order()
    {
        Gen.Select(Gen.Long, Gen.Bool).Sample((id, big) =>
        {
            byte[] bytes = new byte[fixture.Size];
            Assert.Equal(id, fixture.Assembly.Call(Probe, "ConvertedId", bytes, big ? Endianness.Big : Endianness.Little, id));
        });
    }

    [Fact]
    public void Nested_per_view_layouts_take_the_parent_order_and_fixed_ones_keep_their_own()
    {
        foreach (Endianness order in new[] { Endianness.Little, Endianness.Big })
        {
            byte[] bytes = new byte[16];
            fixture.Assembly.Call(Probe, "WriteParent", bytes, order, 0x01020304);
            byte[] big = [1, 2, 3, 4];
            byte[] little = [4, 3, 2, 1];
            Assert.Equal(order == Endianness.Big ? big : little, bytes[0..4]);
            Assert.Equal(little, bytes[4..8]);
            Assert.Equal(new byte[4], bytes[8..12]);
            Assert.Equal(order == Endianness.Big ? big : little, bytes[12..16]);
            Assert.Equal([0x01020304, 0x01020304, 0, 0x01020304], (int[])fixture.Assembly.Call(Probe, "ReadParent", bytes, order)!);
        }
    }

    [Fact]
    public void Metadata_reports_per_view_and_a_fingerprint_of_its_own()
    {
        var info = (LayoutInfo)fixture.Assembly.Type("PerView.PerViewTwin").GetProperty("Layout")!.GetValue(null)!;
        Assert.Equal(Endianness.PerView, info.Endian);
        ulong Fingerprint(string type) => (ulong)fixture.Assembly.Constant("PerView." + type, "Fingerprint")!;
        Assert.Equal(3, new[] { Fingerprint("LittleTwin"), Fingerprint("BigTwin"), Fingerprint("PerViewTwin") }.Distinct().Count());
    }

    private object[] Call(string method, params object?[] arguments) => (object[])fixture.Assembly.Call(Probe, method, arguments)!;

    private static void AssertSame(object[] expected, object[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Oracle.SameValue(expected[i], actual[i]), $"value {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
