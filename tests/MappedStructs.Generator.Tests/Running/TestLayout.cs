using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>How a test field is declared.</summary>
internal enum TestFieldKind
{
    Scalar,
    Enum,
    Utf8,
    Array,
    Nested,
    NestedArray,
    Atomic,

    /// <summary>A <c>[Text] string</c>: an 8-byte reference into a table's heap.</summary>
    Text,

    /// <summary>A <c>[Blob]</c> of <c>byte[]</c> or, with <see cref="TestField.MemoryBlob"/>, <c>ReadOnlyMemory&lt;byte&gt;</c>: an 8-byte reference.</summary>
    Blob,

    /// <summary>A <c>[VarArray]</c> of <see cref="TestField.Scalar"/> (or an enum over it, <see cref="TestField.EnumElements"/>): an 8-byte reference.</summary>
    VarArray,
}

/// <summary>A test's own description of a field, with the offset the test computed independently of the engine.</summary>
internal sealed record TestField(string Name, TestFieldKind Kind, ScalarType Scalar, int Length, TestLayout? Nested)
{
    public int Offset { get; set; }

    /// <summary>A Utf8 field's <c>Padding</c>: NUL (the default) or another ASCII character.</summary>
    public char Padding { get; init; }

    /// <summary>A <see cref="TestFieldKind.Blob"/> declared as <c>ReadOnlyMemory&lt;byte&gt;</c> rather than <c>byte[]</c>.</summary>
    public bool MemoryBlob { get; init; }

    /// <summary>A <see cref="TestFieldKind.VarArray"/> of the enum over <see cref="Scalar"/> rather than of the integer itself.</summary>
    public bool EnumElements { get; init; }

    /// <summary>Whether the record holds a heap reference rather than the value.</summary>
    public bool IsVariableLength => Kind is TestFieldKind.Text or TestFieldKind.Blob or TestFieldKind.VarArray;

    public int ElementSize => Kind switch
    {
        TestFieldKind.Utf8 or TestFieldKind.Text or TestFieldKind.Blob => 1,
        TestFieldKind.Nested or TestFieldKind.NestedArray => Nested!.Size,
        _ => TypeCatalogue.Get(Scalar).Size,
    };

    /// <summary>A heap reference is one 64-bit word (docs/layouts.md, "The reference: 8 bytes").</summary>
    public const int ReferenceSize = 8;

    public int Size => Kind switch
    {
        _ when IsVariableLength => ReferenceSize,
        TestFieldKind.Utf8 => Length,
        TestFieldKind.Array or TestFieldKind.NestedArray => ElementSize * Length,
        _ => ElementSize,
    };

    /// <summary>C alignment, independently of the engine: the element's own size for scalars (Guid: 4), 1 for text and 24-bit integers.</summary>
    public int NaturalAlignment => Kind switch
    {
        _ when IsVariableLength => ReferenceSize,
        TestFieldKind.Utf8 => 1,
        _ when Scalar is ScalarType.Int24 or ScalarType.UInt24 => 1,
        TestFieldKind.Nested or TestFieldKind.NestedArray => Nested!.Alignment,
        _ => Scalar == ScalarType.Guid ? 4 : TypeCatalogue.Get(Scalar).Size,
    };
}

/// <summary>A layout a test declares, with offsets, size and alignment the test computed itself.</summary>
internal sealed class TestLayout(string name, bool big, bool explicitOffsets, int pack, IReadOnlyList<TestField> fields)
{
    public string Name { get; } = name;

    public bool Big { get; } = big;

    /// <summary>Declared with <c>Endianness.PerView</c>: <see cref="Big"/> is ignored, each view is made in an order of its own.</summary>
    public bool PerView { get; init; }

    /// <summary>The order the layout's bytes are in when reached through a view made big-endian or not (<paramref name="viewBig"/>).</summary>
    public bool BigIn(bool viewBig) => PerView ? viewBig : Big;

    public bool ExplicitOffsets { get; } = explicitOffsets;

    public int Pack { get; } = pack;

    public IReadOnlyList<TestField> Fields { get; } = fields;

    public int Size { get; private set; }

    public int DeclaredSize { get; private set; }

    public int Alignment { get; private set; }

    public string FullName => "Probes." + Name;

    /// <summary>Whether the layout has a <c>[Text]</c>, <c>[Blob]</c> or <c>[VarArray]</c> field: only a table can hold its records.</summary>
    public bool HasVariableLengthFields => Fields.Any(each => each.IsVariableLength);

    /// <summary>
    /// Pack never lowers the alignment an [Atomic] field needs, even inside a nested layout, nor a heap reference's, which
    /// a setter replaces with one aligned atomic store.
    /// </summary>
    public int AlignmentOf(TestField field) =>
        field.Kind == TestFieldKind.Atomic || field.IsVariableLength || Pack == 0
            ? field.NaturalAlignment
            : Math.Max(Math.Min(field.NaturalAlignment, Pack), AtomicAlignmentOf(field));

    /// <summary>The largest alignment an [Atomic] field in the layout needs, at any depth (0 when there is none).</summary>
    public int AtomicAlignment => Fields.Select(AtomicAlignmentOf).DefaultIfEmpty(0).Max();

    private static int AtomicAlignmentOf(TestField field) => field.Kind switch
    {
        TestFieldKind.Atomic => field.NaturalAlignment,
        TestFieldKind.Nested or TestFieldKind.NestedArray => field.Nested!.AtomicAlignment,
        _ => 0,
    };

    /// <summary>Sequential: C rules in declaration order. Explicit: <paramref name="random"/> picks the placement order and the gaps.</summary>
    public TestLayout Place(Random random)
    {
        Alignment = Fields.Select(AlignmentOf).DefaultIfEmpty(1).Max();
        int cursor = 0;
        IEnumerable<TestField> order = ExplicitOffsets ? Fields.OrderBy(_ => random.Next()).ToArray() : Fields;
        foreach (TestField field in order)
        {
            int align = AlignmentOf(field);
            int gap = ExplicitOffsets ? random.Next(3) * align : 0;
            field.Offset = AlignUp(cursor + gap, align);
            cursor = field.Offset + field.Size;
        }

        Size = AlignUp(cursor, Alignment);
        DeclaredSize = ExplicitOffsets && random.Next(2) == 0 ? Size + (random.Next(3) * Alignment) : 0;
        Size = Math.Max(Size, DeclaredSize);
        return this;
    }

    public static int AlignUp(int value, int alignment) => (value + alignment - 1) / alignment * alignment;

    /// <summary>The C# declaration of the layout.</summary>
    public string Declaration()
    {
        var text = new StringBuilder();
        var arguments = new List<string>();
        if (DeclaredSize > 0)
        {
            arguments.Add($"Size = {DeclaredSize}");
        }

        if (PerView)
        {
            arguments.Add("Endian = Endianness.PerView");
        }
        else if (Big)
        {
            arguments.Add("Endian = Endianness.Big");
        }

        if (Pack > 0)
        {
            arguments.Add($"Pack = {Pack}");
        }

        text.Append(CultureInfo.InvariantCulture, $"[MappedLayout({string.Join(", ", arguments)})]\npublic partial record struct {Name}\n{{\n");
        foreach (TestField field in Fields)
        {
            var attributes = new List<string>();
            if (ExplicitOffsets)
            {
                attributes.Add($"Field({field.Offset})");
            }

            switch (field.Kind)
            {
                case TestFieldKind.Utf8: attributes.Add(field.Padding == '\0' ? $"Utf8({field.Length})" : $"Utf8({field.Length}, Padding = (char){(int)field.Padding})"); break;
                case TestFieldKind.Array or TestFieldKind.NestedArray: attributes.Add($"FixedArray({field.Length})"); break;
                case TestFieldKind.Atomic: attributes.Add("Atomic"); break;
                case TestFieldKind.Text or TestFieldKind.Blob or TestFieldKind.VarArray: attributes.Add(field.Kind.ToString()); break;
            }

            if (field.Scalar is ScalarType.Int24 or ScalarType.UInt24)
            {
                attributes.Add(field.Scalar.ToString());
            }

            string prefix = attributes.Count == 0 ? string.Empty : $"[{string.Join(", ", attributes)}] ";
            text.Append(CultureInfo.InvariantCulture, $"    {prefix}public {TypeOf(field)} {field.Name} {{ get; init; }}\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>The C# type a field is declared with.</summary>
    public static string TypeOf(TestField field) => field.Kind switch
    {
        TestFieldKind.Utf8 => "string",
        TestFieldKind.Enum => EnumName(field.Scalar),
        TestFieldKind.Array => TypeCatalogue.Get(field.Scalar).CSharpName + "[]",
        TestFieldKind.Nested => field.Nested!.Name,
        TestFieldKind.NestedArray => field.Nested!.Name + "[]",
        TestFieldKind.Text => "string",
        TestFieldKind.Blob => field.MemoryBlob ? "ReadOnlyMemory<byte>" : "byte[]",
        TestFieldKind.VarArray => (field.EnumElements ? EnumName(field.Scalar) : TypeCatalogue.Get(field.Scalar).CSharpName) + "[]",
        _ => TypeCatalogue.Get(field.Scalar).CSharpName,
    };

    public static string EnumName(ScalarType underlying) => "E" + underlying;

    /// <summary>One enum per integer type, declared once per compilation.</summary>
    public static string EnumDeclarations() => string.Concat(
        new[] { ScalarType.Byte, ScalarType.SByte, ScalarType.Int16, ScalarType.UInt16, ScalarType.Int32, ScalarType.UInt32, ScalarType.Int64, ScalarType.UInt64 }
            .Select(t => $"public enum {EnumName(t)} : {TypeCatalogue.Get(t).CSharpName} {{ }}\n"));
}
