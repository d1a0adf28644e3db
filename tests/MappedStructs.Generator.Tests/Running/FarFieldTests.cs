using System;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A far field without a declared Size: Size is the field's end rounded up, so the generated From refuses any buffer
/// shorter than the furthest field needs, and a buffer of Size bytes reaches it.
/// </summary>
public class FarFieldTests
{
    private const string Source = """
        using System;
        using MappedStructs;

        namespace Far;

        [MappedLayout]
        public partial record struct Point
        {
            public long A { get; init; } public long B { get; init; } public long C { get; init; } public long D { get; init; }
            public long E { get; init; } public long F { get; init; } public long G { get; init; }
        }

        [MappedLayout]
        public partial record struct FarField
        {
            [Field(0)] public int Near { get; init; }
            [Field(1000000)] public Point Where { get; init; }
        }

        public static class Probe
        {
            public static long LastOfWhere(byte[] b) => FarField.ReadOnlyRef.From(b).Where.G;
        }
        """;

    [Fact]
    public void Size_covers_the_far_field_and_From_refuses_a_shorter_buffer()
    {
        using var assembly = RunnableAssembly.Build("FarField", Source);
        int size = (int)assembly.Constant("Far.FarField", "Size")!;
        Assert.Equal(1_000_056, size);

        byte[] exact = new byte[size];
        BitConverter.GetBytes(42L).CopyTo(exact, 1_000_048);
        Assert.Equal(42L, (long)assembly.Call("Far.Probe", "LastOfWhere", exact)!);
        Assert.ThrowsAny<ArgumentException>(() => assembly.Call("Far.Probe", "LastOfWhere", new byte[size - 1]));
    }
}
