using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// Moving the values of copied records into a new heap (docs/tables.md, "Compaction"): after a rewrite copied the records'
/// bytes, each reference word still points into the old heap; this appends the value it names to the copy's heap and
/// stores the new word in the copy's record. Values are appended in record order, and within a record in field order, so
/// a compacted heap is laid out as a scan reads it: consecutive records' values are neighbours, the read-ahead of one page
/// serves the next records, and a scan walks both files forwards.
/// </summary>
/// <remarks>
/// Nothing is deduplicated: two records with equal values each keep their own copy, so the compacted heap's length is the
/// sum of the live values (each rounded up to <see cref="HeapReference.OffsetUnit"/>) and what compaction reclaims is
/// exactly the garbage. Sharing bytes between references would need a hash of every value and would make a value's bytes
/// live while any record names them, which setters (which append and never free) do not track.
/// </remarks>
internal static class HeapValueRelocation
{
    /// <summary>
    /// Rewrites the reference words of records [0, <paramref name="count"/>) of <paramref name="copy"/>, byte copies of
    /// <paramref name="source"/>'s records of <paramref name="layout"/>, to values appended to the copy's heap. Each old
    /// reference is validated against the source heap's published length first (<see cref="System.IO.InvalidDataException"/>
    /// naming the record and the field for a bad one), so a damaged file fails the rewrite, which leaves it as it was.
    /// </summary>
    public static void Relocate(TableStorage source, TableStorage copy, LayoutInfo layout, long count)
    {
        List<(int Offset, string Name)> fields = VariableLengthFields(layout);
        if (fields.Count == 0)
        {
            return;
        }

        MappedHeap from = source.Heap;
        MappedHeap to = copy.Heap;
        bool bigEndian = layout.Endian == Endianness.Big;
        for (long i = 0; i < count; i++)
        {
            Span<byte> original = source.RecordBytes(i);
            Span<byte> rewritten = copy.RecordBytes(i);
            foreach ((int offset, string name) in fields)
            {
                ulong word = ReadWord(original[offset..], bigEndian);

                // An empty value (any word of length 0) becomes the empty word, which takes no heap bytes.
                ReadOnlySpan<byte> value = HeapFields.Bytes(from, word, ref MemoryMarshal.GetReference(original), name);
                WriteWord(rewritten[offset..], HeapFields.Append(to, value, name), bigEndian);
            }
        }
    }

    /// <summary>The offsets of <paramref name="layout"/>'s variable-length fields, with the names exceptions give them ("LogEntry.Message").</summary>
    private static List<(int Offset, string Name)> VariableLengthFields(LayoutInfo layout)
    {
        string typeName = layout.Name[(layout.Name.LastIndexOf('.') + 1)..];
        var fields = new List<(int Offset, string Name)>();
        foreach (LayoutField field in layout.Fields)
        {
            if (VariableLengthLayouts.IsVariableLength(field))
            {
                fields.Add((field.Offset, $"{typeName}.{field.Name}"));
            }
        }

        return fields;
    }

    private static ulong ReadWord(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);

    private static void WriteWord(Span<byte> bytes, ulong word, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes, word);
        }
        else
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, word);
        }
    }
}
