using System;
using System.Buffers.Binary;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>
/// A hand-written layout with one variable-length field (what the generator emits for <c>[Field(8), Blob]</c>), so the heap
/// tests depend only on the <see cref="IMappedLayout{TSelf}"/> and <see cref="HeapFields"/> contracts: its heap-aware
/// <see cref="StoreTo(in Note, Span{byte}, MappedHeap)"/> appends the body and stores the reference word, as generated
/// setters do. <see cref="Check"/> hashes the id and the body, so a reader can tell a whole record and value from a torn one.
/// </summary>
internal readonly record struct Note(long Id, byte[] Body, ulong Check) : IMappedLayout<Note>
{
    public const int IdOffset = 0;
    public const int BodyOffset = 8;
    public const int CheckOffset = 16;
    public const string BodyField = "Note.Body";

    public static LayoutInfo Layout { get; } = new(
        "MappedStructs.Integration.Tests.Heap.Note", 24, 8, Endianness.Little, 0x5EED_0000_0000_0A01UL,
        [
            new LayoutField("Id", IdOffset, 8, FieldKind.Scalar, "int64"),
            new LayoutField("Body", BodyOffset, 8, FieldKind.Blob, "blob"),
            new LayoutField("Check", CheckOffset, 8, FieldKind.Scalar, "uint64"),
        ]);

    public static Note Create(long id, byte[] body) => new(id, body, Hash(id, body));

    public static ulong Hash(long id, ReadOnlySpan<byte> body)
    {
        ulong hash = 0xCBF2_9CE4_8422_2325UL ^ (ulong)id ^ ((ulong)body.Length << 40);
        foreach (byte b in body)
        {
            hash = (hash ^ b) * 0x0000_0100_0000_01B3UL;
        }

        return hash;
    }

    public bool IsConsistent => Check == Hash(Id, Body);

    /// <summary>The record's reference word, as the host reads it (the layout is little-endian).</summary>
    public static ulong BodyWord(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadUInt64LittleEndian(record[BodyOffset..]);

    /// <summary>The body of <paramref name="record"/> resolved through its table's heap, as a generated <c>BodyBytes</c> reads it.</summary>
    public static ReadOnlySpan<byte> BodyOf(ReadOnlyMappedRecord<Note> record) =>
        HeapFields.Bytes(record.Heap, BodyWord(record.Bytes), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(record.Bytes), BodyField);

    public static Note LoadFrom(ReadOnlySpan<byte> source) =>
        BodyWord(source) == 0
            ? new(BinaryPrimitives.ReadInt64LittleEndian(source), [], BinaryPrimitives.ReadUInt64LittleEndian(source[CheckOffset..]))
            : throw new NotSupportedException($"{BodyField} is variable-length: read it through a table.");

    public static Note LoadFrom(ReadOnlySpan<byte> source, MappedHeap heap) => new(
        BinaryPrimitives.ReadInt64LittleEndian(source),
        HeapFields.Bytes(heap, BodyWord(source), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source), BodyField).ToArray(),
        BinaryPrimitives.ReadUInt64LittleEndian(source[CheckOffset..]));

    public static void StoreTo(in Note value, Span<byte> destination) =>
        throw new NotSupportedException($"{BodyField} is variable-length: store records of Note through a table.");

    public static void StoreTo(in Note value, Span<byte> destination, MappedHeap heap)
    {
        // The value first, then the record that references it, as the generated StoreTo orders them.
        ulong word = HeapFields.Append(heap, value.Body, BodyField);
        BinaryPrimitives.WriteInt64LittleEndian(destination, value.Id);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[BodyOffset..], word);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[CheckOffset..], value.Check);
    }
}
