using System;
using System.Text;
using System.Threading;
using MappedStructs;

namespace SharedDictionary;

/// <summary>
/// A fixed-capacity open-addressing hash table (linear probing) of UTF-8 keys to 64-bit values, stored as a
/// <see cref="MappedTable{T}"/> of <see cref="Slot"/>s in one shared file. Any number of processes may insert, look up
/// and update at once: a slot is claimed by compare-exchange on its state, its key written, then published with a
/// release store; values change only through Interlocked operations. Keys are never removed, so an empty slot ends
/// every probe sequence.
/// </summary>
public sealed class SharedHashTable : IDisposable
{
    private readonly MappedTable<Slot> _slots;
    private readonly long _mask;

    private SharedHashTable(MappedTable<Slot> slots)
    {
        _slots = slots;
        long capacity = slots.Count;
        if (capacity == 0 || (capacity & (capacity - 1)) != 0)
        {
            throw new InvalidOperationException($"'{slots.Path}' has {capacity} slots; a shared hash table needs a power of two.");
        }

        _mask = capacity - 1;
    }

    /// <summary>The number of slots.</summary>
    public long Capacity => _mask + 1;

    /// <summary>Creates the file with <paramref name="capacity"/> empty slots (a power of two).</summary>
    public static SharedHashTable Create(string path, long capacity)
    {
        var slots = MappedTable<Slot>.Create(path, capacity);
        for (long i = 0; i < capacity; i++)
        {
            slots.Append(new Slot { State = Slot.Empty, Key = string.Empty });
        }

        return new SharedHashTable(slots);
    }

    /// <summary>Opens a table another process created, for reading and updating.</summary>
    public static SharedHashTable Open(string path) => new(MappedTable<Slot>.Open(path, MapAccess.ReadWrite));

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>; false when the key is already present.</summary>
    public bool TryAdd(string key, long value)
    {
        Span<byte> bytes = stackalloc byte[Slot.MaxKeyBytes];
        int length = Encode(key, bytes);
        return Find(bytes[..length], insert: true, value, out _) == Outcome.Added;
    }

    /// <summary>Reads the value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out long value)
    {
        Span<byte> bytes = stackalloc byte[Slot.MaxKeyBytes];
        int length = Encode(key, bytes);
        if (Find(bytes[..length], insert: false, 0, out long index) == Outcome.Found)
        {
            value = ((Slot.Ref)_slots[index]).Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Atomically adds <paramref name="delta"/> to the value of an existing <paramref name="key"/>; false when it is absent.</summary>
    public bool TryIncrement(string key, long delta)
    {
        Span<byte> bytes = stackalloc byte[Slot.MaxKeyBytes];
        int length = Encode(key, bytes);
        if (Find(bytes[..length], insert: false, 0, out long index) != Outcome.Found)
        {
            return false;
        }

        ((Slot.Ref)_slots[index]).AddValue(delta);
        return true;
    }

    /// <summary>Counts the ready slots and sums their values (a consistent answer once no process is writing).</summary>
    public (long Keys, long ValueSum) Totals()
    {
        long keys = 0;
        long sum = 0;
        foreach (Slot.ReadOnlyRef slot in _slots)
        {
            if (slot.State == Slot.Ready)
            {
                keys++;
                sum += slot.Value;
            }
        }

        return (keys, sum);
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private enum Outcome
    {
        Found,
        Added,
        Absent,
    }

    private Outcome Find(ReadOnlySpan<byte> key, bool insert, long value, out long index)
    {
        uint hash = Fnv1a(key);
        index = hash & _mask;
        for (long probes = 0; probes <= _mask; probes++, index = (index + 1) & _mask)
        {
            Slot.Ref slot = _slots[index];
            int seen = slot.State;
            if (seen == Slot.Empty)
            {
                if (!insert)
                {
                    return Outcome.Absent;
                }

                seen = slot.CompareExchangeState(Slot.Claimed, Slot.Empty);
                if (seen == Slot.Empty)
                {
                    // Only this process writes the slot now; the volatile write of State publishes hash, key and value.
                    slot.KeyHash = hash;
                    slot.KeyBytes.Clear();
                    key.CopyTo(slot.KeyBytes);
                    slot.ExchangeValue(value);
                    slot.State = Slot.Ready;
                    return Outcome.Added;
                }
            }

            // Another process claimed the slot; its key becomes readable once it publishes Ready.
            var wait = default(SpinWait);
            while (seen == Slot.Claimed)
            {
                wait.SpinOnce();
                seen = slot.State;
            }

            if (slot.KeyHash == hash && Matches(slot.KeyBytes, key))
            {
                return Outcome.Found;
            }
        }

        if (insert)
        {
            throw new InvalidOperationException($"The shared hash table '{_slots.Path}' is full ({Capacity} slots).");
        }

        return Outcome.Absent;
    }

    private static bool Matches(ReadOnlySpan<byte> stored, ReadOnlySpan<byte> key) =>
        stored.StartsWith(key) && (key.Length == stored.Length || stored[key.Length] == 0);

    private static int Encode(string key, Span<byte> destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (Encoding.UTF8.GetByteCount(key) > Slot.MaxKeyBytes || key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Keys are 1 to {Slot.MaxKeyBytes} UTF-8 bytes without NUL characters; '{key}' is not.", nameof(key));
        }

        return Encoding.UTF8.GetBytes(key, destination);
    }

    /// <summary>FNV-1a, 32-bit: stable across processes and runs (string.GetHashCode is randomized per process, so it cannot be shared).</summary>
    private static uint Fnv1a(ReadOnlySpan<byte> bytes)
    {
        uint hash = 2166136261;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }
}
