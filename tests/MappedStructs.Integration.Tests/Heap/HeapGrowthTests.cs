using System;
using System.Linq;
using System.Runtime.InteropServices;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Heap;

/// <summary>Values of any size through Append, growth of the heap file across remaps, and reopening.</summary>
public sealed class HeapGrowthTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_heap_grows_across_several_remaps_and_an_old_mapping_still_reads()
    {
        string path = _dir.File("notes.tbl");
        using var table = MappedTable<Note>.Create(path, 1);
        byte[] first = [.. Enumerable.Range(0, 40).Select(i => (byte)(i * 7))];
        table.Append(Note.Create(0, first));
        MappedHeap oldest = table.GetReadOnly(0).Heap;
        long oldestMapped = oldest._mappedLength;

        // 64 KiB, then doubling: 20 values of 30 000 bytes cross 128 KiB, 256 KiB and 512 KiB.
        byte[][] bodies = [.. Enumerable.Range(1, 20).Select(i => Enumerable.Repeat((byte)i, 30_000).ToArray())];
        for (int i = 0; i < bodies.Length; i++)
        {
            table.Append(Note.Create(i + 1, bodies[i]));
        }

        MappedHeap newest = table.GetReadOnly(20).Heap;
        Assert.NotSame(oldest, newest);
        Assert.True(newest._mappedLength >= 8 * oldestMapped, $"mapped {newest._mappedLength} after {oldestMapped}");
        Assert.Equal(oldestMapped, oldest._mappedLength);

        // The first value through the oldest mapping (one compare), and a value past it through its slow path.
        ReadOnlySpan<byte> record0 = table.GetReadOnly(0).Bytes;
        Assert.Equal(first, HeapFields.Bytes(oldest, Note.BodyWord(record0), ref MemoryMarshal.GetReference(record0), Note.BodyField).ToArray());
        ReadOnlySpan<byte> record20 = table.GetReadOnly(20).Bytes;
        Assert.Equal(bodies[19], HeapFields.Bytes(oldest, Note.BodyWord(record20), ref MemoryMarshal.GetReference(record20), Note.BodyField).ToArray());
        for (int i = 0; i < bodies.Length; i++)
        {
            Assert.Equal(bodies[i], Note.BodyOf(table.GetReadOnly(i + 1)).ToArray());
        }
    }

    [Fact]
    public void Values_are_8_aligned_and_empty_values_take_no_heap_bytes()
    {
        string path = _dir.File("notes.tbl");
        using var table = MappedTable<Note>.Create(path, 4);
        table.Append(Note.Create(0, [1, 2, 3]));
        table.Append(Note.Create(1, []));
        table.Append(Note.Create(2, new byte[9]));
        Assert.Equal(0UL, Note.BodyWord(table.GetReadOnly(1).Bytes));
        Assert.Equal(8, new HeapReference(Note.BodyWord(table.GetReadOnly(2).Bytes)).Offset);
        Assert.Equal(8 + 16, table.HeapLength);
    }

    [Fact]
    public void Random_values_round_trip_through_append_and_reopen()
    {
        Gen<byte[][]> bodies = Gen.Byte.Array[0, 65_536].Array[1, 12];
        bodies.Sample(values =>
        {
            string path = _dir.File($"notes-{Guid.NewGuid():N}.tbl");
            using (var table = MappedTable<Note>.Create(path, 1))
            {
                for (int i = 0; i < values.Length; i++)
                {
                    table.Append(Note.Create(i, values[i]));
                }
            }

            using var reader = ReadOnlyMappedTable<Note>.Open(path);
            Assert.Equal(values.Length, reader.Count);
            long expectedLength = values.Sum(v => (v.Length + 7L) / 8 * 8);
            Assert.Equal(expectedLength, reader.HeapLength);
            for (int i = 0; i < values.Length; i++)
            {
                Note note = reader[i].Load();
                Assert.True(note.IsConsistent);
                Assert.Equal(values[i], note.Body);
            }
        }, iter: 40);
    }

    [Fact]
    public void A_one_mebibyte_value_round_trips()
    {
        string path = _dir.File("notes.tbl");
        byte[] big = new byte[1 << 20];
        new Random(15).NextBytes(big);
        HeapFiles.CreateTable(path, [7], big, []);
        using var reader = ReadOnlyMappedTable<Note>.Open(path);
        Assert.Equal(big, reader[1].Load().Body);
        Assert.True(reader[1].Load().IsConsistent);
        Assert.Empty(reader[2].Load().Body);
    }

    [Fact]
    public void A_value_longer_than_a_reference_describes_is_refused_before_anything_is_written()
    {
        string path = _dir.File("notes.tbl");
        using var table = MappedTable<Note>.Create(path, 1);
        ArgumentException error = Assert.Throws<ArgumentException>(() => table.Append(Note.Create(0, new byte[HeapReference.MaxLength + 1])));
        Assert.Contains(Note.BodyField, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, table.Count);
        Assert.Equal(0, table.HeapLength);
    }
}
