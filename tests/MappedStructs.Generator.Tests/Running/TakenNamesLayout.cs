namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Layouts whose fields are named after every member the generator emits: the type's (<c>Ref</c>, <c>Size</c>,
/// <c>Offsets</c>...), the views' (<c>From</c>, <c>Load</c>, <c>Store</c>, <c>_start</c>), the element views'
/// (<c>Length</c>, <c>ToArray</c>, <c>CopyFrom</c>) and those derived from other fields (<c>NameBytes</c>,
/// <c>AddCount</c>, <c>ItemsArray</c>...), in both byte orders, with a nested layout whose own names are taken too
/// (<c>Size</c> and <c>Size_</c>, so its constant is <c>Size__</c>). The probe reaches every generated member under its
/// escaped name, and the layout through <c>IMappedLayout&lt;T&gt;</c> (a table, <c>LayoutInfo.Of</c>).
/// </summary>
internal static class TakenNamesLayout
{
    /// <summary>The fields of <c>Little</c> and <c>Big</c>; <c>{0}</c> is the <c>[MappedLayout]</c> arguments.</summary>
    internal const string Fields = """
            public long Ref { get; init; }
            public int ReadOnlyRef { get; init; }
            public short Layout { get; init; }
            public int Size { get; init; }
            public byte Alignment { get; init; }
            public ulong Fingerprint { get; init; }
            public double LoadFrom { get; init; }
            public float StoreTo { get; init; }
            public uint Offsets { get; init; }
            public long From { get; init; }
            public int Load { get; init; }
            public int Store { get; init; }
            public int _start { get; init; }
            public int Length { get; init; }
            public int ToArray { get; init; }
            public int CopyFrom { get; init; }
            [Utf8(8)] public string Name { get; init; }
            public int NameBytes { get; init; }
            [Atomic] public long Count { get; init; }
            public int ExchangeCount { get; init; }
            public int CompareExchangeCount { get; init; }
            public int AddCount { get; init; }
            [FixedArray(3)] public bool[] Items { get; init; }
            public int ItemsArray { get; init; }
            public int ItemsReadOnlyArray { get; init; }
            public Inner Inner { get; init; }
            [FixedArray(2)] public Inner[] Inners { get; init; }
            public int InnersArray { get; init; }
            public int InnersReadOnlyArray { get; init; }
        """;

    public static string Source => """
        using System;
        using System.Linq;
        using MappedStructs;

        namespace Taken;

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Inner
        {
            public int Size { get; init; }
            public int Size_ { get; init; }
            public short From { get; init; }
            public short Load { get; init; }
            public short Store { get; init; }
            public int Ref { get; init; }
            public int ReadOnlyRef { get; init; }
        }

        [MappedLayout]
        public partial record struct Little
        {
        """ + Fields + """

            public static string Describe() => "a user method named like nothing generated";
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Big
        {
        """ + Fields + """

        }

        public static class Probe
        {
            public static Inner MakeInner(int seed) => new Inner { Size = seed, Size_ = seed + 1, From = (short)(seed + 2), Load = (short)(seed + 3), Store = (short)(seed + 4), Ref = seed + 5, ReadOnlyRef = seed + 6 };

            public static string Text(Inner i) => $"[{i.Size} {i.Size_} {i.From} {i.Load} {i.Store} {i.Ref} {i.ReadOnlyRef}]";
        """ + Probe("Little") + Probe("Big") + """
        }
        """;

    /// <summary>The probe methods for one of the two layouts (<paramref name="type"/>: <c>Little</c> or <c>Big</c>).</summary>
    private static string Probe(string type) => $$"""

            public static {{type}} Make{{type}}() => new {{type}}
            {
                Ref = 1, ReadOnlyRef = 2, Layout = 3, Size = 4, Alignment = 5, Fingerprint = 6, LoadFrom = 7.5, StoreTo = 8.5f, Offsets = 9,
                From = 10, Load = 11, Store = 12, _start = 13, Length = 14, ToArray = 15, CopyFrom = 16, Name = "eight", NameBytes = 17,
                Count = 18, ExchangeCount = 19, CompareExchangeCount = 20, AddCount = 21, Items = [true, false, true], ItemsArray = 22,
                ItemsReadOnlyArray = 23, Inner = MakeInner(100), Inners = [MakeInner(200), MakeInner(300)], InnersArray = 24, InnersReadOnlyArray = 25,
            };

            public static string Text({{type}} v) =>
                $"{v.Ref} {v.ReadOnlyRef} {v.Layout} {v.Size} {v.Alignment} {v.Fingerprint} {v.LoadFrom} {v.StoreTo} {v.Offsets} " +
                $"{v.From} {v.Load} {v.Store} {v._start} {v.Length} {v.ToArray} {v.CopyFrom} {v.Name} {v.NameBytes} {v.Count} " +
                $"{v.ExchangeCount} {v.CompareExchangeCount} {v.AddCount} {string.Join(",", v.Items)} {v.ItemsArray} {v.ItemsReadOnlyArray} " +
                $"{Text(v.Inner)} {string.Join(",", v.Inners.Select(Text))} {v.InnersArray} {v.InnersReadOnlyArray}";

            /// <summary>StoreTo_/LoadFrom_, then Ref_/ReadOnlyRef_ (From_, Load_, Store_ and the renamed derived members).</summary>
            public static string RoundTrip{{type}}()
            {
                byte[] buffer = new byte[{{type}}.Size_];
                {{type}} value = Make{{type}}();
                {{type}}.StoreTo_(value, buffer);
                string loaded = Text({{type}}.LoadFrom_(buffer));

                {{type}}.Ref_ view = {{type}}.Ref_.From_(buffer);
                long previous = view.AddCount_(5);
                long exchanged = view.ExchangeCount_(40);
                long compared = view.CompareExchangeCount_(41, 40);
                var items = view.Items;
                items[1] = true;
                var second = view.Inners[1];
                second.From = 7;
                view.Inner.Store_(MakeInner(400));
                {{type}}.ReadOnlyRef_ readOnly = view;
                string viewed = $"{readOnly.NameBytes_.Length} {readOnly.Items.Length} {readOnly.Items.ToArray().Length} {readOnly.Inners[1].From} {readOnly.Inner.Load_().Size}";
                string reloaded = Text(readOnly.Load_());
                view.Store_(value);
                string restored = Text({{type}}.ReadOnlyRef_.From_(buffer).Load_());
                return string.Join(" | ", loaded, $"{previous} {exchanged} {compared}", viewed, reloaded, restored);
            }

            /// <summary>The constants and the layout table under their escaped names, and through IMappedLayout.</summary>
            public static string Metadata{{type}}() =>
                $"{{{type}}.Size_} {{{type}}.Alignment_} {{{type}}.Fingerprint_ == {{type}}.Layout_.Fingerprint} {{{type}}.Offsets_.Inner} {{{type}}.Offsets_.Offsets} " +
                $"{ReferenceEquals(LayoutInfo.Of<{{type}}>(), {{type}}.Layout_)} {Inner.Size__} {Inner.Offsets.Size_}";

            /// <summary>A table, which only knows the layout through IMappedLayout.</summary>
            public static string Table{{type}}(string path)
            {
                using (var table = MappedTable<{{type}}>.Create(path, 2))
                {
                    table.Append(Make{{type}}());
                    {{type}}.Ref_ record = table[0];
                    var first = record.Inners[0];
                    first.Load = 9;
                }

                using var reopened = MappedTable<{{type}}>.Open(path, MapAccess.Read);
                {{type}}.ReadOnlyRef_ read = reopened.GetReadOnly(0);
                return $"{reopened.Layout.Size} {Text(read.Load_())}";
            }
        """;
}
