using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Draws random layouts (types, offsets, byte order fixed or chosen per view, Pack, nesting, arrays, strings, atomics, and
/// for tables variable-length fields) and random values.
/// </summary>
internal static class RandomLayouts
{
    private static readonly ScalarType[] s_integers =
        [ScalarType.Byte, ScalarType.SByte, ScalarType.Int16, ScalarType.UInt16, ScalarType.Int32, ScalarType.UInt32, ScalarType.Int64, ScalarType.UInt64];

    private static readonly ScalarType[] s_atomics = [ScalarType.Int32, ScalarType.UInt32, ScalarType.Int64, ScalarType.UInt64];

    /// <summary>Every scalar a field can hold: those .NET types name and those an attribute selects (24-bit integers).</summary>
    private static readonly ScalarType[] s_scalars = TypeCatalogue.All.Concat(TypeCatalogue.AttributeSelected).Select(row => row.Type).ToArray();

    private static readonly int[] s_packs = [0, 0, 0, 1, 2, 4, 8];

    /// <summary>The [VarArray] element scalars: those viewed in place as a span (docs/layouts.md, "Rules").</summary>
    public static IReadOnlyList<ScalarType> Spannable { get; } = TypeCatalogue.All.Where(row => row.CanBeSpan).Select(row => row.Type).ToArray();

    /// <summary>A few nested layouts followed by the layouts that use them, all placed.</summary>
    public static IReadOnlyList<TestLayout> Draw(Random random, int outerCount)
    {
        var inner = new List<TestLayout>();
        int innerCount = random.Next(3);
        for (int i = 0; i < innerCount; i++)
        {
            inner.Add(DrawOne(random, $"N{i}", [], maxFields: 3));
        }

        var all = new List<TestLayout>(inner);
        for (int i = 0; i < outerCount; i++)
        {
            all.Add(DrawOne(random, $"L{i}", inner, maxFields: 7));
        }

        return all;
    }

    /// <summary>
    /// A few nested layouts followed by <paramref name="tableCount"/> layouts a table can hold, each with one to four
    /// variable-length fields among fixed ones (possibly none), all placed.
    /// </summary>
    public static IReadOnlyList<TestLayout> DrawForTables(Random random, int tableCount)
    {
        var all = new List<TestLayout>();
        int innerCount = random.Next(3);
        for (int i = 0; i < innerCount; i++)
        {
            all.Add(DrawOne(random, $"N{i}", [], maxFields: 3));
        }

        TestLayout[] inner = [.. all];
        for (int i = 0; i < tableCount; i++)
        {
            all.Add(DrawOne(random, $"T{i}", inner, maxFields: 6, variableFields: 1 + random.Next(4)));
        }

        return all;
    }

    private static TestLayout DrawOne(Random random, string name, IReadOnlyList<TestLayout> nestable, int maxFields, int variableFields = 0)
    {
        bool explicitOffsets = random.Next(2) == 0;
        int pack = explicitOffsets ? 0 : s_packs[random.Next(s_packs.Length)];
        int count = (variableFields > 0 ? 0 : 1) + random.Next(maxFields);

        // Little, big, or chosen per view; only a per-view layout can nest a per-view one (a fixed order has none to give).
        // A table file has one byte order, so a layout with variable-length fields, which only tables hold, is never per view.
        int order = random.Next(variableFields > 0 ? 2 : 3);
        bool perView = order == 2;
        TestLayout[] usable = nestable.Where(inner => perView || !inner.PerView).ToArray();
        var fields = new List<TestField>();
        for (int i = 0; i < count; i++)
        {
            fields.Add(DrawField(random, "F" + i, usable));
        }

        for (int i = 0; i < variableFields; i++)
        {
            fields.Insert(random.Next(fields.Count + 1), DrawVariableField(random, "V" + i));
        }

        return new TestLayout(name, order == 1, explicitOffsets, pack, fields) { PerView = perView }.Place(random);
    }

    private static TestField DrawField(Random random, string name, TestLayout[] nestable)
    {
        int kind = random.Next(nestable.Length > 0 ? 9 : 7);
        return kind switch
        {
            0 or 1 => new TestField(name, TestFieldKind.Scalar, s_scalars[random.Next(s_scalars.Length)], 0, null),
            2 => new TestField(name, TestFieldKind.Enum, s_integers[random.Next(s_integers.Length)], 0, null),
            3 => new TestField(name, TestFieldKind.Utf8, ScalarType.None, 1 + random.Next(12), null) { Padding = random.Next(2) == 0 ? '\0' : ' ' },
            4 or 5 => new TestField(name, TestFieldKind.Array, s_scalars[random.Next(s_scalars.Length)], 1 + random.Next(4), null),
            6 => new TestField(name, TestFieldKind.Atomic, s_atomics[random.Next(s_atomics.Length)], 0, null),
            7 => new TestField(name, TestFieldKind.Nested, ScalarType.None, 0, nestable[random.Next(nestable.Length)]),
            _ => new TestField(name, TestFieldKind.NestedArray, ScalarType.None, 1 + random.Next(3), nestable[random.Next(nestable.Length)]),
        };
    }

    /// <summary>Text, a blob as an array or a memory, or an array of any span-able scalar or of an enum over an integer.</summary>
    private static TestField DrawVariableField(Random random, string name) => random.Next(6) switch
    {
        0 => new TestField(name, TestFieldKind.Text, ScalarType.None, 0, null),
        1 => new TestField(name, TestFieldKind.Blob, ScalarType.None, 0, null),
        2 => new TestField(name, TestFieldKind.Blob, ScalarType.None, 0, null) { MemoryBlob = true },
        3 => new TestField(name, TestFieldKind.VarArray, s_integers[random.Next(s_integers.Length)], 0, null) { EnumElements = true },
        _ => new TestField(name, TestFieldKind.VarArray, Spannable[random.Next(Spannable.Count)], 0, null),
    };

    /// <summary>A random value for a leaf, boxed as the probe expects (enums as their underlying integer).</summary>
    public static object Value(Leaf leaf, Random random)
    {
        if (leaf.Kind == TestFieldKind.Utf8)
        {
            // A text ending with its padding character is refused by the setter: it would read back shorter.
            return leaf.Utf8Padding == '\0' ? Text(random, leaf.Utf8Length) : Text(random, leaf.Utf8Length).TrimEnd(leaf.Utf8Padding);
        }

        byte[] bits = new byte[16];
        random.NextBytes(bits);
        return leaf.Scalar switch
        {
            ScalarType.Bool => (bits[0] & 1) == 1,
            ScalarType.Byte => bits[0],
            ScalarType.SByte => unchecked((sbyte)bits[0]),
            ScalarType.Int16 => BitConverter.ToInt16(bits),
            ScalarType.UInt16 => BitConverter.ToUInt16(bits),
            ScalarType.Int32 => BitConverter.ToInt32(bits),
            ScalarType.UInt32 => BitConverter.ToUInt32(bits),
            ScalarType.Int64 => BitConverter.ToInt64(bits),
            ScalarType.UInt64 => BitConverter.ToUInt64(bits),
            ScalarType.Int128 => new Int128(BitConverter.ToUInt64(bits), BitConverter.ToUInt64(bits, 8)),
            ScalarType.UInt128 => new UInt128(BitConverter.ToUInt64(bits), BitConverter.ToUInt64(bits, 8)),
            ScalarType.Char => (char)BitConverter.ToUInt16(bits),
            ScalarType.Half => BitConverter.ToHalf(bits),
            ScalarType.Single => BitConverter.ToSingle(bits),
            ScalarType.Double => BitConverter.ToDouble(bits),
            ScalarType.Guid => new Guid(bits),
            ScalarType.DateTime => new DateTime(random.NextInt64(DateTime.MaxValue.Ticks + 1)),
            ScalarType.TimeSpan => new TimeSpan(BitConverter.ToInt64(bits)),
            ScalarType.Int24 => random.Next(-0x80_0000, 0x80_0000),
            ScalarType.UInt24 => (uint)random.Next(0x100_0000),
            _ => throw new ArgumentOutOfRangeException(nameof(leaf), leaf.Scalar, null),
        };
    }

    private static readonly string[] s_pieces = ["a", "Z", "7", " ", "é", "ß", "€", "語", "😀"];

    /// <summary>Text of at most <paramref name="byteLength"/> UTF-8 bytes, no NUL, mixing 1- to 4-byte characters.</summary>
    private static string Text(Random random, int byteLength)
    {
        var text = new StringBuilder();
        int target = random.Next(byteLength + 1);
        for (int tries = 0; tries < 20; tries++)
        {
            string piece = s_pieces[random.Next(s_pieces.Length)];
            if (Encoding.UTF8.GetByteCount(text + piece) <= target)
            {
                text.Append(piece);
            }
        }

        return text.ToString();
    }

    /// <summary>Writes every leaf's value with the oracle.</summary>
    public static void WriteWithOracle(byte[] buffer, IReadOnlyList<Leaf> leaves, object[] values)
    {
        for (int i = 0; i < leaves.Count; i++)
        {
            Leaf leaf = leaves[i];
            if (leaf.Kind == TestFieldKind.Utf8)
            {
                Oracle.WriteUtf8(buffer, leaf.Offset, leaf.Utf8Length, (string)values[i], leaf.Utf8Padding);
            }
            else
            {
                Oracle.Write(buffer, leaf.Offset, leaf.Scalar, leaf.Big, values[i]);
            }
        }
    }

    /// <summary>Reads every leaf with the oracle.</summary>
    public static object[] ReadWithOracle(byte[] buffer, IReadOnlyList<Leaf> leaves) => leaves
        .Select(leaf => leaf.Kind == TestFieldKind.Utf8
            ? Oracle.ReadUtf8(buffer, leaf.Offset, leaf.Utf8Length, leaf.Utf8Padding)
            : Oracle.Read(buffer, leaf.Offset, leaf.Scalar, leaf.Big))
        .ToArray();
}
