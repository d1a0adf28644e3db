namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A layout whose fields take the names typed access adds: the views' record-span factory (<c>Span</c>), the receiver
/// names of the record extensions (<c>record</c>, <c>slot</c>), a record slot's own member (<c>Bytes</c>), the views
/// (<c>Ref</c>, <c>ReadOnlyRef</c>) and an atomic's derived method (<c>AddCount</c>); and a type in the namespace named
/// like its record extension class. The probe reaches every member through the record slots of a table and a record span.
/// </summary>
internal static class TypedTakenNamesLayout
{
    public static string Source => """
        using System;
        using MappedStructs;

        namespace TypedTaken;

        public static class SampleRecordExtensions
        {
            public static string Note => "a user type named like the record extension class";
        }

        [MappedLayout]
        public partial record struct Sample
        {
            public long Span { get; init; }
            public int record { get; init; }
            public int slot { get; init; }
            public int Bytes { get; init; }
            public int Ref { get; init; }
            public int ReadOnlyRef { get; init; }
            [Atomic] public long Count { get; init; }
            public int AddCount { get; init; }
        }

        public static class Probe
        {
            public static Sample Make(int seed) => new Sample
            {
                Span = seed, record = seed + 1, slot = seed + 2, Bytes = seed + 3, Ref = seed + 4, ReadOnlyRef = seed + 5, Count = seed + 6, AddCount = seed + 7,
            };

            /// <summary>Span_ over bytes and a table's record slots, read and written through the record extensions.</summary>
            public static string Run(string path)
            {
                byte[] buffer = new byte[2 * Sample.Size];
                Sample.StoreTo(Make(10), buffer.AsSpan(0, Sample.Size));
                Sample.StoreTo(Make(20), buffer.AsSpan(Sample.Size));
                ReadOnlyRecordSpan<Sample> records = Sample.ReadOnlyRef_.Span_(buffer, 2);
                long spans = 0;
                foreach (var r in records)
                {
                    spans += r.Span + r.record + r.slot + r.Ref + r.ReadOnlyRef + r.Count + r.AddCount;
                }

                using var table = MappedTable<Sample>.Create(path, 2);
                table.Append(Make(1));
                var slot = table[0];
                slot.Span = 100;
                slot.record = 101;
                long added = slot.AddCount_(5);
                string viewText = ((Sample.ReadOnlyRef_)table.GetReadOnly(0)).ToString();
                return $"{records.Length} {spans} {table[0].Span} {table[0].record} {added} {table[0].AddCount} {SampleRecordExtensions.Note.Length} | {viewText}";
            }
        }
        """;
}
