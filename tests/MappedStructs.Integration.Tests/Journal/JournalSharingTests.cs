using System;
using System.Diagnostics;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// Journal instances of one directory in one process share one metadata mapping and descriptor: on macOS closing any
/// descriptor of <c>journal.meta</c> would drop the appender's record lock.
/// </summary>
public sealed class JournalSharingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string JournalPath => _dir.File("journal");

    [Fact]
    public void Two_instances_of_one_directory_share_one_metadata_mapping_under_either_spelling_of_its_path()
    {
        using var first = MappedJournal.Create(JournalPath);
        using var second = MappedJournal.Open(JournalPath);
        using var third = MappedJournal.Open(JournalPath + Path.DirectorySeparatorChar + "." + Path.DirectorySeparatorChar);
        Assert.Same(first.Meta, second.Meta);
        Assert.Same(first.Meta, third.Meta);
    }

    [Fact]
    public void Two_instances_of_different_directories_do_not_share()
    {
        using var first = MappedJournal.Create(JournalPath);
        using var other = MappedJournal.Create(_dir.File("other"));
        Assert.NotSame(first.Meta, other.Meta);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void Disposing_a_second_instance_keeps_the_first_instance_s_appender_lock_against_another_process()
    {
        using var first = MappedJournal.Create(JournalPath);
        JournalAppender appender = first.CreateAppender();
        MappedJournal.Open(JournalPath).Dispose();
        using (var second = MappedJournal.Open(JournalPath))
        using (JournalTailer tailer = second.CreateTailer(JournalStart.Oldest))
        {
            appender.Append("kept"u8);
            Assert.True(tailer.TryRead(out _));
        }

        Assert.Equal("refused", TryAppenderInChild());
        appender.Append("still mine"u8);
        appender.Dispose();
        Assert.Equal("acquired", TryAppenderInChild());
    }

    [Fact]
    public void The_mapping_is_given_back_when_the_last_instance_is_disposed_and_mapped_again_by_the_next_open()
    {
        var first = MappedJournal.Create(JournalPath);
        var second = MappedJournal.Open(JournalPath);
        JournalMeta shared = first.Meta;
        first.Dispose();
        using (var third = MappedJournal.Open(JournalPath))
        {
            Assert.Same(shared, third.Meta);
        }

        second.Dispose();
        using var fresh = MappedJournal.Open(JournalPath);
        Assert.NotSame(shared, fresh.Meta);
        Assert.Equal(shared.Id, fresh.Id);
    }

    [Fact]
    public void A_journal_deleted_and_created_again_under_an_open_instance_gets_a_mapping_of_the_new_file()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Windows refuses to delete a mapped file: the old journal cannot be deleted under its open instance.");
        }

        using var old = MappedJournal.Create(JournalPath);
        Directory.Delete(JournalPath, recursive: true);
        using var created = MappedJournal.Create(JournalPath);
        Assert.NotSame(old.Meta, created.Meta);
        Assert.NotEqual(old.Id, created.Id);
        using var opened = MappedJournal.Open(JournalPath);
        Assert.Same(created.Meta, opened.Meta);
    }

    private string TryAppenderInChild()
    {
        using Process child = JournalChildProcess.Start("try-appender", JournalPath);
        ProcessOutcome outcome = JournalChildProcess.Finish(child);
        Assert.True(outcome.ExitCode == 0, outcome.OutputAndErrors);
        return outcome.Output.Trim();
    }
}
