using System.Linq;
using System.Threading;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>Symbols to <see cref="LayoutSpec"/>: what the generator and the analyzers both see.</summary>
public class ParserTests
{
    private const string Source = """
        using System;
        using MappedStructs;

        namespace Parse;

        public enum Side : ushort { Buy = 1 }

        [MappedLayout(Size = 64, Endian = Endianness.Big, Pack = 4)]
        public partial record struct Sample
        {
            [Field(0)] public long Id { get; init; }
            [Field(8), Utf8(12)] public string Name { get; init; }
            [Field(20), FixedArray(3)] public Side[] Sides { get; init; }
            [Field(32), Atomic] public int Count { get; init; }
            [Field(40)] public decimal Money { get; init; }
            public int ReadOnlyAuto { get; }
            public int Computed => 5;
            public static int Shared { get; set; }
            public void Describe() { }
            public class Nested { }
        }
        """;

    private static (LayoutSpec Spec, INamedTypeSymbol Type) Parse(Compilation compilation, string name = "Parse.Sample")
    {
        INamedTypeSymbol type = compilation.GetTypeByMetadataName(name)!;
        return (LayoutSpecParser.Parse(type, CancellationToken.None), type);
    }

    [Fact]
    public void Parses_layout_arguments_and_fields_in_declaration_order()
    {
        (LayoutSpec spec, INamedTypeSymbol type) = Parse(GeneratorHarness.Compile("Parse", Source));

        Assert.Equal(("Sample", "Parse", 64, ByteOrder.Big, 4, LayoutTypeKind.RecordStruct, true), (spec.Name, spec.Namespace, spec.Size, spec.Endian, spec.Pack, spec.TypeKind, spec.IsPartial));
        Assert.Equal(["Id", "Name", "Sides", "Count", "Money", "ReadOnlyAuto"], spec.Fields.Select(f => f.Name));
        Assert.Equal(new FieldSpec("Name", FieldType.ForString(), 8, Utf8Length: 12), spec.Fields[1]);
        Assert.Equal(FieldShape.Array, spec.Fields[2].Type.Shape);
        Assert.Equal((FieldShape.Enum, ScalarType.UInt16), (spec.Fields[2].Type.Element!.Shape, spec.Fields[2].Type.Element!.Scalar));
        Assert.Equal(3, spec.Fields[2].FixedArrayLength);
        Assert.True(spec.Fields[3].IsAtomic);
        Assert.Equal(FieldShape.Unsupported, spec.Fields[4].Type.Shape);
        Assert.Equal("decimal", spec.Fields[4].Type.DisplayName);
        Assert.False(spec.Fields[5].IsSettable);
        Assert.Equal(["Computed", "Describe", "Nested", "Shared"], spec.OtherMemberNames);
        Assert.Equal(spec.Fields.Select(f => f.Name), LayoutSpecParser.FieldProperties(type).Select(p => p.Name));
    }

    [Fact]
    public void Violations_of_a_parsed_layout_point_back_at_properties()
    {
        Compilation compilation = GeneratorHarness.Compile("Parse", Source);
        (LayoutSpec spec, INamedTypeSymbol type) = Parse(compilation);
        ResolvedLayout layout = LayoutEngine.Resolve(spec);

        LayoutViolation unsupported = Assert.Single(layout.Violations, v => v.Kind == ViolationKind.UnsupportedFieldType);
        IPropertySymbol property = LayoutSpecParser.FieldProperties(type)[unsupported.FieldIndex];
        Assert.Equal("Money", property.Name);
        Assert.Contains(layout.Violations, v => v.Kind == ViolationKind.FieldNotSettable && v.FieldName == "ReadOnlyAuto");
        Assert.Contains(layout.Violations, v => v.Kind == ViolationKind.MixedExplicitAndImplicitOffsets && v.FieldName == "ReadOnlyAuto");
    }

    [Fact]
    public void Members_added_by_the_generator_are_not_user_members()
    {
        const string Valid = """
            using MappedStructs;
            namespace Parse;
            [MappedLayout] public partial record struct Small { public int A { get; init; } [FixedArray(2)] public int[] B { get; init; } }
            """;
        (Compilation output, _) = GeneratorHarness.Run("Parse", Valid);
        (LayoutSpec spec, _) = Parse(output, "Parse.Small");

        Assert.Empty(spec.OtherMemberNames);
        Assert.True(LayoutEngine.Resolve(spec).IsValidForGeneration);
    }

    // The analyzers ask about one symbol at a time (a fixed array's length, whether a member is the user's): the answer
    // must be the one the whole-layout parse gives.
    [Fact]
    public void One_property_or_member_is_judged_as_in_the_whole_layout()
    {
        (LayoutSpec spec, INamedTypeSymbol type) = Parse(GeneratorHarness.Compile("Parse", Source));
        Assert.Equal(spec.Fields, LayoutSpecParser.FieldProperties(type).Select(LayoutSpecParser.ParseField));

        const string Valid = """
            using MappedStructs;
            namespace Parse;
            [MappedLayout] public partial record struct Small { public int A { get; init; } }
            """;
        (Compilation output, _) = GeneratorHarness.Run("Parse", Valid);
        INamedTypeSymbol small = output.GetTypeByMetadataName("Parse.Small")!;
        Assert.True(LayoutSpecParser.IsGeneratedMember(small.GetTypeMembers(GeneratedNames.Ref).Single()));
        Assert.False(LayoutSpecParser.IsGeneratedMember(small.GetMembers("A").Single()));
    }

    [Fact]
    public void Nested_layouts_are_collected_transitively_once()
    {
        const string Nested = """
            using MappedStructs;
            namespace Parse;
            [MappedLayout] public partial record struct A { public int X { get; init; } }
            [MappedLayout] public partial record struct B { public A First { get; init; } [FixedArray(2)] public A[] More { get; init; } }
            [MappedLayout] public partial record struct C { public B Inner { get; init; } public A Direct { get; init; } }
            """;
        Compilation compilation = GeneratorHarness.Compile("Parse", Nested);
        LayoutSpecSet set = LayoutSpecParser.ParseWithNested(compilation.GetTypeByMetadataName("Parse.C")!, CancellationToken.None);

        Assert.Equal(["B", "A"], set.Nested.Select(s => s.Name));
        ResolvedLayout layout = set.Resolve();
        Assert.True(layout.IsValidForGeneration);
        Assert.Equal(16, layout.Size);
    }

    [Fact]
    public void Self_containing_layouts_parse_without_looping_and_are_rejected()
    {
        const string Cyclic = """
            using MappedStructs;
            namespace Parse;
            [MappedLayout] public partial record struct P { public int X { get; init; } [FixedArray(2)] public Q[] Qs { get; init; } }
            [MappedLayout] public partial record struct Q { public P Back { get; init; } }
            """;
        Compilation compilation = GeneratorHarness.Compile("Parse", Cyclic);
        LayoutSpecSet set = LayoutSpecParser.ParseWithNested(compilation.GetTypeByMetadataName("Parse.P")!, CancellationToken.None);
        LayoutViolation violation = Assert.Single(set.Resolve().Violations, v => v.Kind == ViolationKind.RecursiveLayout);
        Assert.Equal("Parse.P -> Parse.Q -> Parse.P", violation.Detail);
    }

    [Fact]
    public void Containing_types_and_partial_modifiers_are_recorded()
    {
        const string Source = """
            using MappedStructs;
            namespace Parse;
            public partial class Open { public class Closed { [MappedLayout] public partial record struct In { public int X { get; init; } } } }
            [MappedLayout] public record struct Whole { public int X { get; init; } }
            """;
        Compilation compilation = GeneratorHarness.Compile("Parse", Source);
        (LayoutSpec inner, _) = Parse(compilation, "Parse.Open+Closed+In");
        Assert.Equal([new ContainingTypeSpec("class", "Open", true), new ContainingTypeSpec("class", "Closed", false)], inner.ContainingTypes);
        Assert.Equal("global::Parse.Open.Closed.In", inner.QualifiedName);
        Assert.Contains(LayoutEngine.Resolve(inner).Violations, v => v.Kind == ViolationKind.ContainingTypeNotPartial && v.Detail == "Closed");

        (LayoutSpec whole, _) = Parse(compilation, "Parse.Whole");
        Assert.False(whole.IsPartial);
    }
}
