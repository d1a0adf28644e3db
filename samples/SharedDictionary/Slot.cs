using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using MappedStructs;

namespace SharedDictionary;

/// <summary>
/// One slot of the shared hash table, 64 bytes (one cache line): State 0 (atomic int32: empty, claimed, ready),
/// KeyHash 4 (uint32), Value 8 (atomic int64), Key 16 (utf8[48]).
/// </summary>
public readonly record struct Slot(int State, uint KeyHash, long Value, string Key) : IMappedLayout<Slot>
{
    /// <summary>No key yet; ends every probe sequence (keys are never removed).</summary>
    public const int Empty = 0;

    /// <summary>A process won the compare-exchange on State and is writing the key.</summary>
    public const int Claimed = 1;

    /// <summary>Key and hash are written and will not change; Value may still change atomically.</summary>
    public const int Ready = 2;

    /// <summary>The longest key, in UTF-8 bytes.</summary>
    public const int MaxKeyBytes = 48;

    private const int KeyHashOffset = 4;
    private const int ValueOffset = 8;
    private const int KeyOffset = 16;

    /// <inheritdoc />
    public static LayoutInfo Layout { get; } = new(
        "SharedDictionary.Slot", 64, 8, Endianness.Little, 0x5A0D_1C70_0000_0001UL,
        [
            new LayoutField("State", 0, 4, FieldKind.Atomic, "int32"),
            new LayoutField("KeyHash", KeyHashOffset, 4, FieldKind.Scalar, "uint32"),
            new LayoutField("Value", ValueOffset, 8, FieldKind.Atomic, "int64"),
            new LayoutField("Key", KeyOffset, MaxKeyBytes, FieldKind.Utf8, "utf8[48]"),
        ]);

    /// <summary>The slot's state word, for Volatile and Interlocked operations in place (records are 8-byte aligned in the file).</summary>
    public static ref int StateOf(MappedRecord<Slot> slot) => ref Unsafe.As<byte, int>(ref MemoryMarshal.GetReference(slot.Bytes));

    /// <summary>The slot's value, for Interlocked operations in place.</summary>
    public static ref long ValueOf(MappedRecord<Slot> slot) => ref Unsafe.As<byte, long>(ref slot.Bytes[ValueOffset]);

    /// <summary>The stored key hash.</summary>
    public static uint KeyHashOf(MappedRecord<Slot> slot) => BinaryPrimitives.ReadUInt32LittleEndian(slot.Bytes[KeyHashOffset..]);

    /// <summary>The stored key bytes, NUL-padded.</summary>
    public static Span<byte> KeyBytesOf(MappedRecord<Slot> slot) => slot.Bytes.Slice(KeyOffset, MaxKeyBytes);

    /// <summary>Writes hash and key; called only by the process that claimed the slot, before it publishes Ready.</summary>
    public static void WriteKey(MappedRecord<Slot> slot, uint hash, ReadOnlySpan<byte> key)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(slot.Bytes[KeyHashOffset..], hash);
        Span<byte> destination = KeyBytesOf(slot);
        destination.Clear();
        key.CopyTo(destination);
    }

    /// <summary>Publishes a claimed slot: key and hash become visible to every process before the state does.</summary>
    public static void Publish(MappedRecord<Slot> slot) => Volatile.Write(ref StateOf(slot), Ready);

    /// <inheritdoc />
    public static Slot LoadFrom(ReadOnlySpan<byte> source)
    {
        ReadOnlySpan<byte> key = source.Slice(KeyOffset, MaxKeyBytes);
        int end = key.IndexOf((byte)0);
        return new Slot(
            BinaryPrimitives.ReadInt32LittleEndian(source),
            BinaryPrimitives.ReadUInt32LittleEndian(source[KeyHashOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(source[ValueOffset..]),
            System.Text.Encoding.UTF8.GetString(end < 0 ? key : key[..end]));
    }

    /// <inheritdoc />
    public static void StoreTo(in Slot value, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, value.State);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[KeyHashOffset..], value.KeyHash);
        BinaryPrimitives.WriteInt64LittleEndian(destination[ValueOffset..], value.Value);
        Span<byte> key = destination.Slice(KeyOffset, MaxKeyBytes);
        key.Clear();
        System.Text.Encoding.UTF8.GetBytes(value.Key, key);
    }
}
