using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// <c>MappedTable&lt;T&gt;.Upgrade</c>: an older file rewritten to the current layout (values kept, added fields at their
/// defaults), crash-safely (a process killed at random points leaves the original or the upgraded file whole), while a
/// reader of the old file keeps reading it; and its refusals.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Upgrading_the_version_one_fixture_gives_a_version_two_file_with_the_same_values()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Upgrade renames over the file, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there (as TrimExcess does).");

        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        using var reader = ReadOnlyMappedTable<V1.Quote>.Open(path);

        Assert.True(MappedTable<V2.Quote>.Upgrade(path));

        using (var upgraded = MappedTable<V2.Quote>.Open(path, MapAccess.ReadWrite))
        {
            Assert.Equal(VersionFixtures.Records, upgraded.Count);
            for (int i = 0; i < VersionFixtures.Records; i++)
            {
                V1.Quote before = VersionFixtures.Expected(i);
                Assert.Equal(new V2.Quote { Id = before.Id, Px = before.Px, Quantity = before.Quantity, Legacy = before.Legacy, VenueId = 7 }, upgraded[i].Load());
            }

            // The records have the field now: it can be written, spans and sorts work.
            V2.Quote.Ref first = upgraded[0];
            first.VenueId = 12;
            Assert.Equal(12L, upgraded.ReadOnlyRecords[0].Load().VenueId);
        }

        // The reader opened before the rename still reads the old file, whole.
        Assert.Equal(VersionFixtures.Records, reader.Count);
        Assert.Equal(VersionFixtures.Expected(2), reader[2].Load());
        Assert.False(MappedTable<V2.Quote>.Upgrade(path));
    }

    [Fact]
    public void Upgrading_twice_through_versions_reaches_the_newest_layout()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Upgrade renames over the file, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there (as TrimExcess does).");

        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        Assert.True(MappedTable<V2.Quote>.Upgrade(path));
        Assert.True(MappedTable<V3.Quote>.Upgrade(path));
        using var table = ReadOnlyMappedTable<V3.Quote>.Open(path);
        Assert.Equal(VersionFixtures.Expected(1).Px, table[1].Load().Price);
        Assert.Equal(0L, table.Records[1].Load().Sequence);
    }

    [Fact]
    public void Older_code_refuses_to_downgrade_a_newer_file()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Upgrade renames over the file, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there (as TrimExcess does).");

        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        MappedTable<V2.Quote>.Upgrade(path);
        InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(() => MappedTable<V1.Quote>.Upgrade(path));
        Assert.Contains("newer", thrown.Message, StringComparison.Ordinal);
        using var table = ReadOnlyMappedTable<V2.Quote>.Open(path);
        Assert.Equal(VersionFixtures.Records, table.Count);
    }

    [Fact]
    public void An_incompatible_layout_cannot_upgrade_and_leaves_the_file_alone()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Upgrade renames over the file, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there (as TrimExcess does).");

        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        byte[] before = File.ReadAllBytes(path);
        Assert.Throws<LayoutMismatchException>(() => MappedTable<Broken.QuantityRetyped>.Upgrade(path));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void An_upgrade_waits_for_no_appender_it_refuses_while_one_appends()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Upgrade renames over the file, which Windows refuses while the file is mapped, so it throws PlatformNotSupportedException there (as TrimExcess does).");

        string path = VersionFixtures.CopyTo(VersionFixtures.QuotesV1, _dir.Path);
        using var appender = MappedTable<V1.Quote>.Open(path, MapAccess.ReadWrite);
        appender.Append(VersionFixtures.Expected(3));
        Assert.Throws<IOException>(() => MappedTable<V2.Quote>.Upgrade(path));
    }

    [Fact]
    public void A_process_killed_while_upgrading_leaves_the_original_or_the_upgraded_file_whole()
    {
        const int Records = 200_000;
        var random = new Random(21);
        int originals = 0;
        int upgrades = 0;
        for (int trial = 0; trial < 6; trial++)
        {
            string path = _dir.File($"kill-{trial}.tbl");
            using (var table = MappedTable<V1.Quote>.Create(path, Records))
            {
                for (int i = 0; i < Records; i++)
                {
                    table.Append(new V1.Quote { Id = i, Px = i, Quantity = i, Legacy = i });
                }

                table.Flush();
            }

            using (Process child = ProcessLauncher.Start(ProcessLauncher.DotnetProgram(typeof(UpgradeChild).Assembly.Location, UpgradeChild.Argument, path)))
            {
                Assert.Equal("upgrading", child.StandardOutput.ReadLine());
                Thread.Sleep(random.Next(0, 400));
                try
                {
                    child.Kill();
                }
                catch (InvalidOperationException)
                {
                    // It finished first.
                }

                child.WaitForExit();
            }

            using var reopened = ReadOnlyMappedTable<V2.Quote>.Open(path);
            Assert.Equal(Records, reopened.Count);
            Assert.Equal(Records - 1, reopened[Records - 1].Load().Id);
            Assert.Equal(7L, reopened[Records / 2].Load().VenueId);
            Assert.Equal(Records / 2, reopened[Records / 2].Load().Quantity);

            // Whole either way; which one depends on where the kill fell (the upgraded records are 32 bytes, not 24).
            if (new FileInfo(path).Length >= (long)Records * V2.Quote.Size)
            {
                upgrades++;
            }
            else
            {
                originals++;
            }
        }

        Assert.Equal(6, originals + upgrades);
    }
}
