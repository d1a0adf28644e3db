namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A layout declared <c>Endianness.PerView</c> whose fields are named after every member the generator emits
/// (<see cref="TakenNamesLayout.Fields"/>) and after the views' byte-order flag (<c>_bigEndian</c>), with a nested per-view
/// layout whose own names are taken too: the flag, the order-taking <c>From</c>, <c>LoadFrom</c> and <c>StoreTo</c> all
/// move to their escaped names, and the probe reaches each of them in either byte order.
/// </summary>
internal static class PerViewTakenNamesLayout
{
    public static string Source => """
        using System;
        using System.Linq;
        using MappedStructs;

        namespace TakenPerView;

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Inner
        {
            public int Size { get; init; }
            public int Size_ { get; init; }
            public short From { get; init; }
            public short Load { get; init; }
            public short Store { get; init; }
            public int Ref { get; init; }
            public int ReadOnlyRef { get; init; }
            public int _bigEndian { get; init; }
            public int _start { get; init; }
        }

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Flagged
        {
        """ + TakenNamesLayout.Fields + """

            public int _bigEndian { get; init; }
        }

        public static class Probe
        {
            public static Inner MakeInner(int seed) => new Inner
            {
                Size = seed, Size_ = seed + 1, From = (short)(seed + 2), Load = (short)(seed + 3), Store = (short)(seed + 4),
                Ref = seed + 5, ReadOnlyRef = seed + 6, _bigEndian = seed + 7, _start = seed + 8,
            };

            public static string Text(Inner i) => $"[{i.Size} {i.Size_} {i.From} {i.Load} {i.Store} {i.Ref} {i.ReadOnlyRef} {i._bigEndian} {i._start}]";

            public static Flagged Make() => new Flagged
            {
                Ref = 1, ReadOnlyRef = 2, Layout = 3, Size = 4, Alignment = 5, Fingerprint = 6, LoadFrom = 7.5, StoreTo = 8.5f, Offsets = 9,
                From = 10, Load = 11, Store = 12, _start = 13, Length = 14, ToArray = 15, CopyFrom = 16, Name = "eight", NameBytes = 17,
                Count = 18, ExchangeCount = 19, CompareExchangeCount = 20, AddCount = 21, Items = [true, false, true], ItemsArray = 22,
                ItemsReadOnlyArray = 23, Inner = MakeInner(100), Inners = [MakeInner(200), MakeInner(300)], InnersArray = 24, InnersReadOnlyArray = 25,
                _bigEndian = 26,
            };

            public static string Text(Flagged v) =>
                $"{v.Ref} {v.ReadOnlyRef} {v.Layout} {v.Size} {v.Alignment} {v.Fingerprint} {v.LoadFrom} {v.StoreTo} {v.Offsets} " +
                $"{v.From} {v.Load} {v.Store} {v._start} {v.Length} {v.ToArray} {v.CopyFrom} {v.Name} {v.NameBytes} {v.Count} " +
                $"{v.ExchangeCount} {v.CompareExchangeCount} {v.AddCount} {string.Join(",", v.Items)} {v.ItemsArray} {v.ItemsReadOnlyArray} " +
                $"{Text(v.Inner)} {string.Join(",", v.Inners.Select(Text))} {v.InnersArray} {v.InnersReadOnlyArray} {v._bigEndian}";

            /// <summary>
            /// StoreTo_/LoadFrom_ in <paramref name="order"/>, the first field's bytes (which show the order), then Ref_/ReadOnlyRef_
            /// made with the order (From_, Load_, Store_, the atomics, the element views and the nested views, which take it).
            /// </summary>
            public static string RoundTrip(string order)
            {
                Endianness byteOrder = Enum.Parse<Endianness>(order);
                byte[] buffer = new byte[Flagged.Size_];
                Flagged value = Make();
                Flagged.StoreTo_(value, buffer, byteOrder);
                string loaded = Text(Flagged.LoadFrom_(buffer, byteOrder));
                int at = Flagged.Offsets_._bigEndian;
                string flagBytes = $"{buffer[at]} {buffer[at + 3]} {buffer[Flagged.Offsets_.Inner + Inner.Offsets._bigEndian]}";

                Flagged.Ref_ view = Flagged.Ref_.From_(buffer, byteOrder);
                long previous = view.AddCount_(5);
                long exchanged = view.ExchangeCount_(40);
                long compared = view.CompareExchangeCount_(41, 40);
                var items = view.Items;
                items[1] = true;
                var second = view.Inners[1];
                second.From = 7;
                second._bigEndian = 8;
                view.Inner.Store_(MakeInner(400));
                view._bigEndian = 27;
                Flagged.ReadOnlyRef_ readOnly = view;
                string viewed = $"{readOnly.NameBytes_.Length} {readOnly.Items.Length} {readOnly.Items.ToArray().Length} {readOnly.Inners[1].From} {readOnly.Inner.Load_()._bigEndian}";
                string reloaded = Text(readOnly.Load_());
                view.Store_(value);
                string restored = Text(Flagged.ReadOnlyRef_.From_(buffer, byteOrder).Load_());
                Endianness otherOrder = byteOrder == Endianness.Big ? Endianness.Little : Endianness.Big;
                string other = Text(Flagged.LoadFrom_(buffer, otherOrder)) == restored ? "other order reads the same" : "other order differs";
                return string.Join(" | ", loaded, flagBytes, $"{previous} {exchanged} {compared}", viewed, reloaded, restored, other);
            }

            /// <summary>The view's text, read in <paramref name="order"/> from bytes stored in it.</summary>
            public static string Printed(string order)
            {
                Endianness byteOrder = Enum.Parse<Endianness>(order);
                byte[] buffer = new byte[Flagged.Size_];
                Flagged.StoreTo_(Make(), buffer, byteOrder);
                return Flagged.ReadOnlyRef_.From_(buffer, byteOrder).Inner.ToString() + " " + Flagged.ReadOnlyRef_.From_(buffer, byteOrder).ToString().EndsWith("_bigEndian = 26 }");
            }

            /// <summary>What the order-less IMappedLayout copy says to a generic caller.</summary>
            public static string OrderLess() => LoadThrough<Flagged>(new byte[Flagged.Size_]);

            private static string LoadThrough<T>(byte[] bytes)
                where T : struct, IMappedLayout<T>
            {
                try
                {
                    T.LoadFrom(bytes);
                    return "loaded";
                }
                catch (NotSupportedException e)
                {
                    return e.Message;
                }
            }
        }
        """;
}
