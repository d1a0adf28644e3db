using System;
using CsCheck;

namespace MappedStructs.Runtime.Tests.Tables;

/// <summary>
/// The commit records of a version 2 table header: the newest valid one wins, a damaged or torn one is never read, and
/// the sequence compares across the 64-bit wrap. Both invalid yields null, which the header reader turns into an
/// <see cref="InvalidTableFileException"/> (ChecksumMismatch).
/// </summary>
public sealed class TableCommitRecordTests
{
    private const int HeaderSize = 8192;

    private static byte[] HeaderWith(params TableCommitRecord[] records)
    {
        byte[] header = new byte[HeaderSize];
        foreach (TableCommitRecord record in records)
        {
            record.WriteTo(header, HeaderSize);
        }

        return header;
    }

    [Fact]
    public void The_two_records_sit_at_the_start_of_the_last_two_sectors_of_the_header()
    {
        Assert.Equal(HeaderSize - 1024, TableCommitRecord.SlotOffset(HeaderSize, 0));
        Assert.Equal(HeaderSize - 512, TableCommitRecord.SlotOffset(HeaderSize, 1));
        Assert.Equal(HeaderSize - 1024, TableCommitRecord.SlotOffset(HeaderSize, 42));
    }

    [Fact]
    public void The_newer_of_two_valid_records_wins_in_either_slot()
    {
        var older = new TableCommitRecord(6, 100, WriterActive: true);
        TableCommitRecord newer = older.Next(250, writerActive: false);

        Assert.Equal(newer, TableCommitRecord.ReadNewest(HeaderWith(older, newer), HeaderSize));
        TableCommitRecord newest = newer.Next(300, writerActive: true);
        Assert.Equal(newest, TableCommitRecord.ReadNewest(HeaderWith(newer, newest), HeaderSize));
    }

    [Fact]
    public void The_sequence_compares_across_the_wrap()
    {
        var last = new TableCommitRecord(ulong.MaxValue, 10, WriterActive: true);
        TableCommitRecord wrapped = last.Next(11, writerActive: true);

        Assert.Equal(0UL, wrapped.Sequence);
        Assert.True(TableCommitRecord.IsNewer(0, ulong.MaxValue));
        Assert.False(TableCommitRecord.IsNewer(ulong.MaxValue, 0));
        Assert.False(TableCommitRecord.IsNewer(5, 5));
        Assert.Equal(wrapped, TableCommitRecord.ReadNewest(HeaderWith(last, wrapped), HeaderSize));
    }

    [Fact]
    public void A_zeroed_slot_is_invalid_and_the_other_slot_wins()
    {
        var older = new TableCommitRecord(2, 10, WriterActive: true);
        TableCommitRecord newer = older.Next(20, writerActive: true);
        byte[] header = HeaderWith(older, newer);
        header.AsSpan(TableCommitRecord.SlotOffset(HeaderSize, newer.Sequence), 512).Clear();

        Assert.Equal(older, TableCommitRecord.ReadNewest(header, HeaderSize));
    }

    [Fact]
    public void A_torn_slot_with_the_new_sequence_but_the_old_count_is_invalid()
    {
        var older = new TableCommitRecord(2, 10, WriterActive: true);
        TableCommitRecord newer = older.Next(20, writerActive: true);
        byte[] header = HeaderWith(older, newer);
        byte[] torn = HeaderWith(older, new TableCommitRecord(4, 99, WriterActive: true));
        int slot = TableCommitRecord.SlotOffset(HeaderSize, newer.Sequence);

        // The first 8 bytes from one write, the rest from another: the checksum cannot match.
        torn.AsSpan(slot, 8).CopyTo(header.AsSpan(slot));
        Assert.Equal(older, TableCommitRecord.ReadNewest(header, HeaderSize));
    }

    [Fact]
    public void A_record_copied_into_the_other_slot_is_invalid()
    {
        var even = new TableCommitRecord(8, 10, WriterActive: false);
        byte[] header = HeaderWith(even);
        header.AsSpan(TableCommitRecord.SlotOffset(HeaderSize, 8), 32).CopyTo(header.AsSpan(TableCommitRecord.SlotOffset(HeaderSize, 9)));
        header.AsSpan(TableCommitRecord.SlotOffset(HeaderSize, 8), 32).Clear();

        Assert.Null(TableCommitRecord.ReadNewest(header, HeaderSize));
    }

    [Fact]
    public void Unknown_flags_make_a_record_invalid()
    {
        byte[] header = HeaderWith(new TableCommitRecord(3, 1, WriterActive: true));
        int slot = TableCommitRecord.SlotOffset(HeaderSize, 3);
        header[slot + TableFormat.CommitFlagsOffset] = 3;

        Assert.Null(TableCommitRecord.ReadNewest(header, HeaderSize));
    }

    [Fact]
    public void Both_slots_invalid_yields_no_record()
    {
        Assert.Null(TableCommitRecord.ReadNewest(new byte[HeaderSize], HeaderSize));
    }

    [Fact]
    public void Any_damage_to_one_slot_leaves_the_other_record_or_the_damaged_one_exactly_never_a_third_value()
    {
        Gen.Select(Gen.ULong, Gen.Long[0, long.MaxValue], Gen.Int[0, 31], Gen.Byte[1, 255], Gen.Bool)
            .Sample((sequence, count, position, flip, damageNewer) =>
            {
                var older = new TableCommitRecord(sequence, count / 2, WriterActive: true);
                TableCommitRecord newer = older.Next(count, writerActive: false);
                byte[] header = HeaderWith(older, newer);
                TableCommitRecord damaged = damageNewer ? newer : older;
                header[TableCommitRecord.SlotOffset(HeaderSize, damaged.Sequence) + position] ^= flip;

                TableCommitRecord? read = TableCommitRecord.ReadNewest(header, HeaderSize);

                // FNV-1a over 24 bytes detects every change of one byte, so the undamaged record always wins.
                Assert.Equal(damageNewer ? older : newer, read);
            });
    }
}
