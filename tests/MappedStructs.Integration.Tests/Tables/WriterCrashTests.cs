using System;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// A writer process killed (SIGKILL) at random points, on whatever file system the temp directory is: the page cache
/// survives, so this checks that recovery never loses a committed record, never serves a damaged one, and that a new
/// writer carries on from what the file opens with. <see cref="PowerLossTests"/> takes the page cache away too.
/// </summary>
public sealed class WriterCrashTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_writer_killed_at_any_point_leaves_a_table_with_every_committed_record_intact_that_a_new_writer_extends()
    {
        var random = new Random(Environment.TickCount);
        for (int t = 0; t < 6; t++)
        {
            string path = _dir.File($"t{t}.tbl");
            var trial = WriterCrashTrial.Random(random, protocol: true, maxRecords: 400_000);
            long committed = trial.RunAndKill(path);

            (long count, long bad) = WriterCrashTrial.Verify(path, protocol: true);
            Assert.True(bad == 0, $"{trial}: {bad} of {count} records damaged");
            Assert.True(count >= committed, $"{trial}: opened with {count} records, fewer than the {committed} committed");

            using var writer = MappedTable<Tick>.Open(path, MapAccess.ReadWrite);
            Assert.Equal(count, writer.Append(Tick.Create(count, count * 31)));
            writer.Flush();
        }
    }
}
