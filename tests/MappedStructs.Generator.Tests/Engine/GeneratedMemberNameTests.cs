using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>The name allocator: user names win, generated members take their preferred name or it with <c>_</c> appended.</summary>
public class GeneratedMemberNameTests
{
    private static readonly string[] s_preferred =
    [
        GeneratedNames.Ref, GeneratedNames.ReadOnlyRef, GeneratedNames.Layout, GeneratedNames.Size, GeneratedNames.Alignment,
        GeneratedNames.Fingerprint, GeneratedNames.LoadFrom, GeneratedNames.StoreTo, GeneratedNames.Offsets, GeneratedNames.From,
        GeneratedNames.Load, GeneratedNames.Store, GeneratedNames.StartField, GeneratedNames.BigEndianField, "Length", "ToArray", "CopyFrom",
    ];

    [Fact]
    public void A_layout_without_collisions_gets_every_preferred_name()
    {
        var names = GeneratedMemberNames.For(Spec("S", [Str("Symbol", 8), F("Version", ScalarType.Int64, atomic: true), Arr("Prices", ScalarType.Int32, 4)]));

        Assert.Equal(GeneratedMemberNames.Preferred with { Fields = names.Fields }, names);
        Assert.Empty(names.Collisions);
        Assert.Equal(new FieldMemberNames(string.Empty, string.Empty, "SymbolBytes", string.Empty, string.Empty, string.Empty), names.Field(0));
        Assert.Equal(new FieldMemberNames(string.Empty, string.Empty, string.Empty, "ExchangeVersion", "CompareExchangeVersion", "AddVersion"), names.Field(1));
        Assert.Equal(new FieldMemberNames("PricesArray", "PricesReadOnlyArray", string.Empty, string.Empty, string.Empty, string.Empty), names.Field(2));
    }

    [Fact]
    public void An_escaped_name_that_is_taken_too_gets_another_underscore()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("Size", ScalarType.Int32), F("Size_", ScalarType.Int32), F("From", ScalarType.Int32), F("From_", ScalarType.Int32)]));

        Assert.Equal(("Size__", "From__"), (layout.Names.Size, layout.Names.From));
        Assert.True(layout.IsValidForGeneration);
        Assert.Equal(
            [("Size", 0, "Size__"), ("From", 2, "From__")],
            layout.Of(ViolationKind.GeneratedNameCollision).Select(v => (v.Detail, v.FieldIndex, v.EmittedName)));
        Assert.All(layout.Of(ViolationKind.GeneratedNameCollision), v => Assert.Equal(ViolationSeverity.Info, v.Severity));
    }

    [Fact]
    public void The_type_name_and_other_members_take_names_too()
    {
        var names = GeneratedMemberNames.For(Spec("Offsets", [F("A", ScalarType.Int32)], otherMembers: ["Layout", "Load"]));

        Assert.Equal(("Offsets_", "Layout_", "Load"), (names.Offsets, names.Layout, names.Load));
        Assert.Equal([new NameCollision("Layout", -1, "Layout_"), new NameCollision("Offsets", -1, "Offsets_")], names.Collisions);
    }

    [Fact]
    public void Two_generated_members_that_want_one_name_share_it_by_order_and_report_nothing()
    {
        var names = GeneratedMemberNames.For(Spec("S", [Arr("Prices", ScalarType.Byte, 2), Arr("PricesReadOnly", ScalarType.Byte, 2)]));

        Assert.Equal("PricesReadOnlyArray", names.Field(0).ReadOnlyArrayView);
        Assert.Equal("PricesReadOnlyArray_", names.Field(1).ArrayView);
        Assert.Empty(names.Collisions);
    }

    [Fact]
    public void An_element_view_is_never_named_like_one_of_its_own_members()
    {
        Assert.Equal("ToArray_", GeneratedMemberNames.For(Spec("S", [Arr("To", ScalarType.Bool, 2)])).Field(0).ArrayView);
    }

    [Fact]
    public void A_view_member_never_shadows_a_type_level_name_the_views_refer_to()
    {
        // The views refer to Size, Offsets and the element views by simple name, so a view member named like one would
        // shadow it: an atomic field ItemsArray wants AddItemsArray, the element view of a field AddItems.
        var names = GeneratedMemberNames.For(Spec("S", [Str("Offs", 4), Arr("Add", ScalarType.Bool, 2), F("Items", ScalarType.Int32, atomic: true)]));

        Assert.Equal("OffsBytes", names.Field(0).Bytes);
        Assert.Equal("AddArray", names.Field(1).ArrayView);
        Assert.Equal("AddItems", names.Field(2).Add);
        var shadowing = GeneratedMemberNames.For(Spec("S", [Arr("AddItems", ScalarType.Bool, 2), F("ItemsArray", ScalarType.Int32, atomic: true)]));
        Assert.Equal(("AddItemsArray", "AddItemsArray_"), (shadowing.Field(0).ArrayView, shadowing.Field(1).Add));
    }

    [Fact]
    public void A_per_view_layouts_byte_order_flag_yields_to_a_field_of_its_name()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("_bigEndian", ScalarType.Int32), F("_start", ScalarType.Int32)], endian: ByteOrder.PerView));

        Assert.Equal(("_bigEndian_", "_start_"), (layout.Names.BigEndianField, layout.Names.StartField));
        Assert.Equal(
            [("_start", 1, "_start_"), ("_bigEndian", 0, "_bigEndian_")],
            layout.Of(ViolationKind.GeneratedNameCollision).Select(v => (v.Detail, v.FieldIndex, v.EmittedName)));
    }

    [Fact]
    public void A_fixed_order_layout_emits_no_flag_so_a_field_of_its_name_renames_nothing()
    {
        var names = GeneratedMemberNames.For(Spec("S", [F("_bigEndian", ScalarType.Int32)], endian: ByteOrder.Big));

        Assert.Equal(GeneratedMemberNames.Preferred with { Fields = names.Fields }, names);
        Assert.Empty(names.Collisions);
    }

    [Fact]
    public void Generated_names_are_lower_case_sensitive()
    {
        var names = GeneratedMemberNames.For(Spec("S", [F("size", ScalarType.Int32), F("Sized", ScalarType.Int32)]));

        Assert.Equal("Size", names.Size);
        Assert.Empty(names.Collisions);
    }

    [Fact]
    public void Random_names_drawn_from_the_generated_ones_never_give_a_duplicate_or_a_taken_name()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                LayoutSpec spec = DrawSpec(random);
                var names = GeneratedMemberNames.For(spec);
                Assert.Equal(names, GeneratedMemberNames.For(spec));
                AssertScopesAreFree(spec, names);
            },
            iter: 3000,
            threads: 1);
    }

    private static void AssertScopesAreFree(LayoutSpec spec, GeneratedMemberNames names)
    {
        var fields = spec.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var typeUser = new HashSet<string>(fields.Append(spec.Name).Concat(spec.OtherMemberNames), StringComparer.Ordinal);
        string[] elementViews = names.Fields.SelectMany(f => new[] { f.ArrayView, f.ReadOnlyArrayView }).Where(n => n.Length > 0).ToArray();
        string[] typeLevel =
            new[] { names.Ref, names.ReadOnlyRef, names.Layout, names.Size, names.Alignment, names.Fingerprint, names.LoadFrom, names.StoreTo, names.Offsets }
                .Concat(elementViews).ToArray();
        string[] viewLevel =
            new[] { names.From, names.Load, names.Store, names.StartField }
                .Concat(spec.Endian == ByteOrder.PerView ? [names.BigEndianField] : Array.Empty<string>())
                .Concat(names.Fields.SelectMany(f => new[] { f.Bytes, f.Exchange, f.CompareExchange, f.Add }).Where(n => n.Length > 0)).ToArray();

        Assert.Equal(typeLevel.Length, typeLevel.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(typeLevel, typeUser.Contains);
        Assert.DoesNotContain(elementViews, GeneratedNames.ElementViewMembers.Contains);
        Assert.Equal(viewLevel.Length, viewLevel.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(viewLevel, fields.Contains);
        Assert.DoesNotContain(viewLevel, new[] { names.Ref, names.ReadOnlyRef, names.Size, names.Offsets }.Concat(elementViews).Contains);
        Assert.All(names.Collisions, c => Assert.True(typeUser.Contains(c.Name) && GeneratedNames.Matches(c.Emitted, c.Name) && c.Emitted != c.Name, c.ToString()));
    }

    /// <summary>Fields and other members named after generated members (preferred, derived, or with underscores), of every naming kind.</summary>
    private static LayoutSpec DrawSpec(Random random)
    {
        string[] bases = ["A", "Items", "Size", "Count", "Offs", "Name"];
        string Draw()
        {
            string name = random.Next(4) switch
            {
                0 => s_preferred[random.Next(s_preferred.Length)],
                1 => bases[random.Next(bases.Length)],
                2 => Derived(bases[random.Next(bases.Length)], random.Next(6)),
                _ => Derived(s_preferred[random.Next(s_preferred.Length)], random.Next(6)),
            };
            return random.Next(3) == 0 ? name + new string('_', random.Next(1, 3)) : name;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<FieldSpec>();
        for (int i = random.Next(1, 12); i > 0; i--)
        {
            string name = Draw();
            if (used.Add(name))
            {
                fields.Add(random.Next(4) switch
                {
                    0 => Str(name, 4),
                    1 => F(name, ScalarType.Int64, atomic: true),
                    2 => Arr(name, random.Next(2) == 0 ? ScalarType.Bool : ScalarType.Int32, 2),
                    _ => F(name, ScalarType.Int32),
                });
            }
        }

        string[] others = Enumerable.Range(0, random.Next(3)).Select(_ => Draw()).Where(used.Add).ToArray();
        string typeName = random.Next(4) == 0 ? Draw() : "T";
        ByteOrder endian = random.Next(2) == 0 ? ByteOrder.Little : ByteOrder.PerView;
        return Spec(used.Contains(typeName) ? "T" : typeName, fields.ToArray(), otherMembers: others, endian: endian);
    }

    private static string Derived(string name, int kind) => kind switch
    {
        0 => GeneratedNames.ArrayView(name),
        1 => GeneratedNames.ReadOnlyArrayView(name),
        2 => GeneratedNames.Utf8Bytes(name),
        3 => GeneratedNames.AtomicExchange(name),
        4 => GeneratedNames.AtomicCompareExchange(name),
        _ => GeneratedNames.AtomicAdd(name),
    };
}
