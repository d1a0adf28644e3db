using System;
using System.Collections.Generic;
using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>The checks every compiled test layout must pass, shared by the fixed and the random tests.</summary>
internal static class LayoutChecks
{
    /// <summary>Size, alignment and the field table agree with the test's own C-rule computation.</summary>
    public static void CheckMetadata(RunnableAssembly assembly, TestLayout layout)
    {
        Assert.Equal(layout.Size, (int)assembly.Constant(layout.FullName, "Size")!);
        Assert.Equal(layout.Alignment, (int)assembly.Constant(layout.FullName, "Alignment")!);
        var info = (LayoutInfo)assembly.Type(layout.FullName).GetProperty("Layout")!.GetValue(null)!;
        Assert.Equal(layout.Size, info.Size);

        // The generated From accepts any span of Size bytes, so Size must cover the furthest field end.
        Assert.True(info.Fields.All(f => (long)f.Offset + f.Size <= info.Size), $"{layout.FullName}: a field ends past Size {info.Size}");
        Assert.Equal(layout.PerView ? Endianness.PerView : layout.Big ? Endianness.Big : Endianness.Little, info.Endian);
        Assert.Equal((ulong)assembly.Constant(layout.FullName, "Fingerprint")!, info.Fingerprint);
        Assert.Equal(
            layout.Fields.OrderBy(f => f.Offset).Select(f => (f.Name, f.Offset, f.Size)),
            info.Fields.Select(f => (f.Name, f.Offset, f.Size)));
    }

    /// <summary>
    /// <see cref="CheckRoundTrips"/> in every order the layout's views can be made in: its own, or, for a per-view layout,
    /// little-endian and big-endian.
    /// </summary>
    public static void CheckRoundTripsInEveryOrder(RunnableAssembly assembly, TestLayout layout, Random random)
    {
        CheckRoundTrips(assembly, layout, random);
        if (layout.PerView)
        {
            CheckRoundTrips(assembly, layout, random, viewBig: true);
        }
    }

    /// <summary>
    /// The arguments of a probe call: <paramref name="arguments"/>, then, for a per-view layout, the order its views are made in.
    /// </summary>
    public static object?[] ProbeArguments(TestLayout layout, bool viewBig, params object?[] arguments) =>
        layout.PerView ? [.. arguments, viewBig ? Endianness.Big : Endianness.Little] : arguments;

    /// <summary>
    /// One random value set: oracle bytes read back through both views, and view writes and Load/Store read back by the
    /// oracle; a per-view layout's views are made in the order <paramref name="viewBig"/> says.
    /// </summary>
    public static void CheckRoundTrips(RunnableAssembly assembly, TestLayout layout, Random random, bool viewBig = false)
    {
        IReadOnlyList<Leaf> leaves = Leaf.Of(layout, viewBig: viewBig).ToArray();
        object?[] Arguments(params object?[] arguments) => ProbeArguments(layout, viewBig, arguments);
        object[] values = leaves.Select(leaf => RandomLayouts.Value(leaf, random)).ToArray();
        string probe = "Probes.Probe" + layout.Name;

        byte[] source = Garbage(layout.Size, random);
        RandomLayouts.WriteWithOracle(source, leaves, values);
        AssertLeaves(leaves, values, (object?[])assembly.Call(probe, "ReadOnly", Arguments(source))!, "ReadOnlyRef read");
        AssertLeaves(leaves, values, (object?[])assembly.Call(probe, "Writable", Arguments(source))!, "Ref read");

        byte[] written = Garbage(layout.Size, random);
        assembly.Call(probe, "Write", Arguments(written, values.Cast<object?>().ToArray()));
        AssertLeaves(leaves, values, RandomLayouts.ReadWithOracle(written, leaves), "Ref write");

        byte[] stored = Garbage(layout.Size, random);
        assembly.Call(probe, "LoadThenStore", Arguments(source, stored));
        AssertLeaves(leaves, values, RandomLayouts.ReadWithOracle(stored, leaves), "LoadFrom then StoreTo");

        byte[] refStored = Garbage(layout.Size, random);
        assembly.Call(probe, "RefLoadThenRefStore", Arguments(source, refStored));
        AssertLeaves(leaves, values, RandomLayouts.ReadWithOracle(refStored, leaves), "Ref.Load then Ref.Store");
    }

    private static byte[] Garbage(int size, Random random)
    {
        byte[] bytes = new byte[size];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void AssertLeaves(IReadOnlyList<Leaf> leaves, object[] expected, object?[] actual, string path)
    {
        Assert.Equal(leaves.Count, actual.Length);
        for (int i = 0; i < leaves.Count; i++)
        {
            Assert.True(
                Oracle.SameValue(expected[i], actual[i]),
                $"{path}: {leaves[i].Path} at offset {leaves[i].Offset} ({leaves[i].Scalar}, {(leaves[i].Big ? "big" : "little")}): expected {expected[i]}, got {actual[i]}");
        }
    }
}
