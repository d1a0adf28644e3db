using System;
using System.Collections.Generic;
using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Compiles one layout per byte order holding every field kind, once for the class: little, big, and chosen per view (which
/// also nests a per-view layout, read in the view's order, beside the fixed big-endian one, read in its own).
/// </summary>
public sealed class EveryKindFixture : IDisposable
{
    public EveryKindFixture()
    {
        var random = new Random(20261127);
        TestLayout inner = Build("Inner", big: true, explicitOffsets: false, [
            new("A", TestFieldKind.Scalar, ScalarType.Int16, 0, null),
            new("B", TestFieldKind.Scalar, ScalarType.Double, 0, null),
            new("C", TestFieldKind.Utf8, ScalarType.None, 3, null)], random);
        List<TestField> perViewFields = [
            new("A", TestFieldKind.Scalar, ScalarType.UInt32, 0, null),
            new("B", TestFieldKind.Array, ScalarType.Int16, 2, null),
            new("C", TestFieldKind.Atomic, ScalarType.Int64, 0, null)];
        TestLayout perViewInner = new TestLayout("PerViewInner", big: false, explicitOffsets: false, 0, perViewFields) { PerView = true }.Place(random);
        TestLayout perViewAll = AllKinds("PerViewAll", big: false, inner, random, perViewInner);
        Layouts = [inner, AllKinds("LittleAll", big: false, inner, random), AllKinds("BigAll", big: true, inner, random), perViewInner, perViewAll];
        Assembly = RunnableAssembly.Build("EveryKind", ProbeSource.Unit(Layouts));
    }

    internal IReadOnlyList<TestLayout> Layouts { get; }

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();

    private static TestLayout Build(string name, bool big, bool explicitOffsets, List<TestField> fields, Random random) =>
        new TestLayout(name, big, explicitOffsets, 0, fields).Place(random);

    /// <summary>Every field kind; with <paramref name="perViewInner"/>, a per-view layout that also nests it (alone and in an array).</summary>
    private static TestLayout AllKinds(string name, bool big, TestLayout inner, Random random, TestLayout? perViewInner = null)
    {
        var fields = new List<TestField>();
        foreach (ScalarInfo info in TypeCatalogue.All.Concat(TypeCatalogue.AttributeSelected))
        {
            fields.Add(new("S" + info.Type, TestFieldKind.Scalar, info.Type, 0, null));
            fields.Add(new("A" + info.Type, TestFieldKind.Array, info.Type, 3, null));
        }

        foreach (ScalarType integer in new[] { ScalarType.Byte, ScalarType.SByte, ScalarType.Int16, ScalarType.UInt16, ScalarType.Int32, ScalarType.UInt32, ScalarType.Int64, ScalarType.UInt64 })
        {
            fields.Add(new("E" + integer, TestFieldKind.Enum, integer, 0, null));
        }

        foreach (ScalarType atomic in new[] { ScalarType.Int32, ScalarType.UInt32, ScalarType.Int64, ScalarType.UInt64 })
        {
            fields.Add(new("X" + atomic, TestFieldKind.Atomic, atomic, 0, null));
        }

        fields.Add(new("Text", TestFieldKind.Utf8, ScalarType.None, 10, null));
        fields.Add(new("One", TestFieldKind.Utf8, ScalarType.None, 1, null));
        fields.Add(new("Spaced", TestFieldKind.Utf8, ScalarType.None, 7, null) { Padding = ' ' });
        fields.Add(new("Child", TestFieldKind.Nested, ScalarType.None, 0, inner));
        fields.Add(new("Children", TestFieldKind.NestedArray, ScalarType.None, 2, inner));
        if (perViewInner is null)
        {
            return Build(name, big, explicitOffsets: true, fields, random);
        }

        fields.Add(new("PerViewChild", TestFieldKind.Nested, ScalarType.None, 0, perViewInner));
        fields.Add(new("PerViewChildren", TestFieldKind.NestedArray, ScalarType.None, 2, perViewInner));
        return new TestLayout(name, big, explicitOffsets: true, 0, fields) { PerView = true }.Place(random);
    }
}

/// <summary>Every accessor of every field kind, in both byte orders, against the BinaryPrimitives oracle.</summary>
public class EveryKindTests(EveryKindFixture fixture) : IClassFixture<EveryKindFixture>
{
    [Fact]
    public void Metadata_matches_the_tests_own_layout_computation()
    {
        foreach (TestLayout layout in fixture.Layouts)
        {
            LayoutChecks.CheckMetadata(fixture.Assembly, layout);
        }
    }

    [Theory]
    [InlineData("LittleAll")]
    [InlineData("BigAll")]
    [InlineData("Inner")]
    [InlineData("PerViewAll")]
    [InlineData("PerViewInner")]
    public void Random_values_round_trip_through_every_accessor(string name)
    {
        TestLayout layout = fixture.Layouts.Single(l => l.Name == name);
        var random = new Random(name.Length);
        for (int i = 0; i < 20; i++)
        {
            LayoutChecks.CheckRoundTripsInEveryOrder(fixture.Assembly, layout, random);
        }
    }

    [Theory]
    [InlineData("LittleAll")]
    [InlineData("BigAll")]
    public void Edge_values_round_trip(string name) => CheckEdgeValues(name, viewBig: false);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Edge_values_round_trip_per_view(bool viewBig) => CheckEdgeValues("PerViewAll", viewBig);

    private void CheckEdgeValues(string name, bool viewBig)
    {
        TestLayout layout = fixture.Layouts.Single(l => l.Name == name);
        Leaf[] leaves = Leaf.Of(layout, viewBig: viewBig).ToArray();
        foreach (Func<Leaf, object> pick in new Func<Leaf, object>[] { Minimum, Maximum })
        {
            object[] values = leaves.Select(pick).ToArray();
            byte[] bytes = new byte[layout.Size];
            RandomLayouts.WriteWithOracle(bytes, leaves, values);
            object?[] read = (object?[])fixture.Assembly.Call("Probes.Probe" + name, "ReadOnly", LayoutChecks.ProbeArguments(layout, viewBig, bytes))!;
            for (int i = 0; i < leaves.Length; i++)
            {
                Assert.True(Oracle.SameValue(values[i], read[i]), $"{leaves[i].Path}: expected {values[i]}, got {read[i]}");
            }

            byte[] written = new byte[layout.Size];
            fixture.Assembly.Call("Probes.Probe" + name, "Write", LayoutChecks.ProbeArguments(layout, viewBig, written, values.Cast<object?>().ToArray()));
            object[] back = RandomLayouts.ReadWithOracle(written, leaves);
            for (int i = 0; i < leaves.Length; i++)
            {
                Assert.True(Oracle.SameValue(values[i], back[i]), $"{leaves[i].Path}: expected {values[i]}, got {back[i]}");
            }
        }
    }

    private static object Minimum(Leaf leaf) => leaf.Kind == TestFieldKind.Utf8 ? string.Empty : leaf.Scalar switch
    {
        ScalarType.Bool => false,
        ScalarType.Byte => byte.MinValue,
        ScalarType.SByte => sbyte.MinValue,
        ScalarType.Int16 => short.MinValue,
        ScalarType.UInt16 => ushort.MinValue,
        ScalarType.Int32 => int.MinValue,
        ScalarType.UInt32 => uint.MinValue,
        ScalarType.Int64 => long.MinValue,
        ScalarType.UInt64 => ulong.MinValue,
        ScalarType.Int128 => Int128.MinValue,
        ScalarType.UInt128 => UInt128.MinValue,
        ScalarType.Char => char.MinValue,
        ScalarType.Half => Half.NegativeInfinity,
        ScalarType.Single => float.NaN,
        ScalarType.Double => double.Epsilon,
        ScalarType.Guid => Guid.Empty,
        ScalarType.DateTime => DateTime.MinValue,
        ScalarType.TimeSpan => TimeSpan.MinValue,
        ScalarType.Int24 => -8_388_608,
        ScalarType.UInt24 => 0u,
        _ => throw new ArgumentOutOfRangeException(nameof(leaf)),
    };

    private static object Maximum(Leaf leaf) => leaf.Kind == TestFieldKind.Utf8 ? new string('€', leaf.Utf8Length / 3) + new string('x', leaf.Utf8Length % 3) : leaf.Scalar switch
    {
        ScalarType.Bool => true,
        ScalarType.Byte => byte.MaxValue,
        ScalarType.SByte => sbyte.MaxValue,
        ScalarType.Int16 => short.MaxValue,
        ScalarType.UInt16 => ushort.MaxValue,
        ScalarType.Int32 => int.MaxValue,
        ScalarType.UInt32 => uint.MaxValue,
        ScalarType.Int64 => long.MaxValue,
        ScalarType.UInt64 => ulong.MaxValue,
        ScalarType.Int128 => Int128.MaxValue,
        ScalarType.UInt128 => UInt128.MaxValue,
        ScalarType.Char => char.MaxValue,
        ScalarType.Half => Half.MaxValue,
        ScalarType.Single => float.MaxValue,
        ScalarType.Double => double.NegativeInfinity,
        ScalarType.Guid => new Guid("00112233-4455-6677-8899-aabbccddeeff"),
        ScalarType.DateTime => DateTime.MaxValue,
        ScalarType.TimeSpan => TimeSpan.MaxValue,
        ScalarType.Int24 => 8_388_607,
        ScalarType.UInt24 => 16_777_215u,
        _ => throw new ArgumentOutOfRangeException(nameof(leaf)),
    };
}
