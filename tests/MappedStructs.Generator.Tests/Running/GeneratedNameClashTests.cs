using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Names the generator derives that clash with each other or with the user's types, in code that must still compile and
/// run: two layouts whose record extension classes would share a name (a nested <c>Outer.Packet</c> and a top-level
/// <c>Outer_Packet</c>), and a field whose type is a layout named like a generated view (<c>Ref</c>, <c>ReadOnlyRef</c>).
/// </summary>
public sealed class GeneratedNameClashTests
{
    [Fact]
    public void Layouts_whose_extension_classes_would_share_a_name_get_distinct_ones()
    {
        using var assembly = RunnableAssembly.Build("ExtensionClash", """
            using MappedStructs;

            namespace ExtensionClash;

            public partial class Outer
            {
                [MappedLayout]
                public partial record struct Packet { public int Nested { get; init; } }
            }

            [MappedLayout]
            public partial record struct Outer_Packet { public long TopLevel { get; init; } }

            public partial class A
            {
                [MappedLayout]
                public partial record struct B_C { public short First { get; init; } }
            }

            public partial class A_B
            {
                [MappedLayout]
                public partial record struct C { public byte Second { get; init; } }
            }
            """);

        // The top-level layout keeps its name; of two equally deep ones the first by containing path does.
        Assert.True(assembly.Type("ExtensionClash.Outer_PacketRecordExtensions").IsAbstract);
        Assert.True(assembly.Type("ExtensionClash.Outer_PacketRecordExtensions_").IsAbstract);
        Assert.True(assembly.Type("ExtensionClash.A_B_CRecordExtensions").IsAbstract);
        Assert.True(assembly.Type("ExtensionClash.A_B_CRecordExtensions_").IsAbstract);
    }

    [Fact]
    public void A_field_typed_as_a_layout_named_like_a_view_keeps_its_type()
    {
        using var assembly = RunnableAssembly.Build("ViewNamedField", """
            using MappedStructs;

            namespace ViewNamedField;

            [MappedLayout]
            public partial record struct Ref { public int Value { get; init; } }

            [MappedLayout]
            public partial record struct ReadOnlyRef { public short Small { get; init; } }

            [MappedLayout]
            public partial record struct Holder
            {
                public Ref Inner { get; init; }
                public ReadOnlyRef Other { get; init; }
                public Size Kind { get; init; }
            }

            public enum Size : byte { Small, Large }

            public static class Probe
            {
                public static string Run()
                {
                    byte[] bytes = new byte[Holder.Size];
                    var view = Holder.Ref_.From(bytes);
                    var inner = view.Inner;
                    inner.Value = 41;
                    var other = view.Other;
                    other.Small = 7;
                    view.Kind = Size.Large;
                    Holder copy = Holder.ReadOnlyRef_.From(bytes).Load();
                    return $"{copy.Inner.Value + 1} {copy.Other.Small} {copy.Kind} {Holder.Size}";
                }
            }
            """);

        // Size (4 + 2 + 1 bytes, padded to 8), a constant, may share the enum's name: only the nested types step aside.
        Assert.Equal("42 7 Large 8", assembly.Call("ViewNamedField.Probe", "Run"));
    }
}
