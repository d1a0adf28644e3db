using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalBadFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    private string MetaPath => Path.Combine(JournalPath, "journal.meta");

    private string FirstCycle => Path.Combine(JournalPath, "000000000000.cycle");

    private void CreateWithMessages(int count = 100, string? directory = null)
    {
        using var journal = MappedJournal.Create(directory ?? JournalPath, new JournalOptions { CycleSize = 64 * 1024 });
        using JournalAppender appender = journal.CreateAppender();
        JournalReading.AppendChecked(appender, count, 40);
    }

    private InvalidJournalFileException OpenAndReadFails()
    {
        return Assert.Throws<InvalidJournalFileException>(() =>
        {
            using var journal = MappedJournal.Open(JournalPath);
            using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
            while (tailer.TryRead(out _))
            {
            }
        });
    }

    [Fact]
    public void A_directory_without_a_journal_is_refused_with_file_not_found_naming_it()
    {
        Directory.CreateDirectory(JournalPath);
        FileNotFoundException e = Assert.Throws<FileNotFoundException>(() => MappedJournal.Open(JournalPath));
        Assert.Contains(JournalPath, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_directory_that_holds_files()
    {
        CreateWithMessages();
        IOException e = Assert.Throws<IOException>(() => MappedJournal.Create(JournalPath));
        Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
        using var journal = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal(100, JournalReading.DrainChecked(tailer, 40).Count);
    }

    [Fact]
    public void A_truncated_metadata_file_is_refused()
    {
        CreateWithMessages();
        JournalFileBytes.Truncate(MetaPath, 5000);
        InvalidJournalFileException e = Assert.Throws<InvalidJournalFileException>(() => MappedJournal.Open(JournalPath));
        Assert.Equal(MetaPath, e.FilePath);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(33)]
    [InlineData(41)]
    public void A_corrupted_metadata_header_is_refused(long offset)
    {
        CreateWithMessages();
        JournalFileBytes.FlipByte(MetaPath, offset);
        InvalidJournalFileException e = Assert.Throws<InvalidJournalFileException>(() => MappedJournal.Open(JournalPath));
        Assert.Equal(MetaPath, e.FilePath);
    }

    [Fact]
    public void A_metadata_header_with_an_impossible_cycle_size_and_a_valid_checksum_is_refused()
    {
        CreateWithMessages();
        JournalFileBytes.RewriteMetaHeader(MetaPath, header => BitConverter.TryWriteBytes(header.AsSpan(32), 12L));
        InvalidJournalFileException e = Assert.Throws<InvalidJournalFileException>(() => MappedJournal.Open(JournalPath));
        Assert.Contains("cycle size 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupted_cursor_slot_is_refused()
    {
        CreateWithMessages();
        JournalFileBytes.WriteInt32(MetaPath, 4096 + 8, 200);
        InvalidJournalFileException e = Assert.Throws<InvalidJournalFileException>(() => MappedJournal.Open(JournalPath));
        Assert.Contains("cursor slot 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_file_of_another_journal_is_refused_naming_both_journals()
    {
        CreateWithMessages();
        string other = _dir.File("other");
        CreateWithMessages(directory: other);
        File.Copy(Path.Combine(other, "000000000000.cycle"), FirstCycle, overwrite: true);
        InvalidJournalFileException e = OpenAndReadFails();
        Assert.Equal(FirstCycle, e.FilePath);
        Assert.Contains("belongs to journal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_cycle_file_is_refused()
    {
        CreateWithMessages();
        JournalFileBytes.Truncate(FirstCycle, 32 * 1024);
        InvalidJournalFileException e = OpenAndReadFails();
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        JournalFileBytes.Truncate(FirstCycle, 100);
        Assert.Contains("shorter than a cycle header", OpenAndReadFails().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(44)]
    [InlineData(60)]
    public void A_corrupted_cycle_header_is_refused(long offset)
    {
        CreateWithMessages();
        JournalFileBytes.FlipByte(FirstCycle, offset);
        Assert.Equal(FirstCycle, OpenAndReadFails().FilePath);
    }

    [Fact]
    public void A_cycle_whose_header_names_another_cycle_is_refused()
    {
        CreateWithMessages();
        JournalFileBytes.RewriteCycleHeader(FirstCycle, header => BitConverter.TryWriteBytes(header.AsSpan(32), 5L));
        Assert.Contains("says cycle 5", OpenAndReadFails().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(0x7FFF_0000)]
    public void A_published_frame_with_an_impossible_length_is_refused_naming_the_file_and_offset(int length)
    {
        CreateWithMessages();
        JournalFileBytes.WriteInt32(FirstCycle, 4096, length);
        InvalidJournalFileException e = OpenAndReadFails();
        Assert.Equal(FirstCycle, e.FilePath);
        Assert.Contains("offset 4096", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_of_unknown_kind_or_wrong_sequence_is_refused()
    {
        CreateWithMessages();
        JournalFileBytes.WriteInt32(FirstCycle, 4096 + 4, 99);
        Assert.Contains("unknown kind 99", OpenAndReadFails().Message, StringComparison.Ordinal);
        JournalFileBytes.WriteInt32(FirstCycle, 4096 + 4, 1);
        JournalFileBytes.WriteInt32(FirstCycle, 4096 + 8, 77);
        Assert.Contains("sequence number 77", OpenAndReadFails().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_whose_timestamp_is_outside_DateTime_is_refused_naming_the_file_and_offset()
    {
        CreateWithMessages();
        JournalFileBytes.WriteInt32(FirstCycle, 4096 + 16, -1);
        JournalFileBytes.WriteInt32(FirstCycle, 4096 + 20, -1);
        InvalidJournalFileException e = OpenAndReadFails();
        Assert.Equal(FirstCycle, e.FilePath);
        Assert.Contains("offset 4096 has the timestamp -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_are_not_cycles_are_ignored()
    {
        CreateWithMessages();
        File.WriteAllText(Path.Combine(JournalPath, "notes.txt"), "hello");
        File.WriteAllText(Path.Combine(JournalPath, ".000000000001.cycle.0123456789abcdef.tmp"), "left by a killed process");
        File.WriteAllText(Path.Combine(JournalPath, "12.cycle"), "a short name");
        using var journal = MappedJournal.Open(JournalPath);
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal(100, JournalReading.DrainChecked(tailer, 40).Count);
        using JournalAppender appender = journal.CreateAppender();
        Assert.Equal(100, appender.Append("more"u8));
    }
}
