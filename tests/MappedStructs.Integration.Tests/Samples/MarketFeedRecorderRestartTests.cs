using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Samples;

/// <summary>
/// The MarketFeed recorder restarted after it had already recorded and acknowledged the end of the feed (the
/// coordinator's kill can land between its last acknowledgement and its exit): it stops at once with every tick once.
/// </summary>
public sealed class MarketFeedRecorderRestartTests
{
    [Fact]
    public async Task A_recorder_restarted_after_the_end_of_the_feed_stops_at_once_with_every_tick_once()
    {
        using var scratch = new TempDirectory("marketfeed-restart-");
        string journal = Path.Combine(scratch.Path, "journal");
        string recording = scratch.File("recording.bin");
        MappedJournal.Create(journal, new JournalOptions { CycleSize = 16L << 20 }).Dispose();
        Assert.Equal(0, MarketFeed.Program.Run(["--dir", journal, "--role", "feed", "--ticks", "500", "--rate", "0"], TextWriter.Null));
        Assert.Equal(0, MarketFeed.Program.Run(["--dir", journal, "--role", "recorder", "--recording", recording, "--recorder-pace", "0"], TextWriter.Null));

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Task<int> restarted = Task.Run(
            () => MarketFeed.Program.Run(["--dir", journal, "--role", "recorder", "--recording", recording, "--recorder-pace", "0"], output),
            TestContext.Current.CancellationToken);

        Task finished = await Task.WhenAny(restarted, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == restarted, "the restarted recorder waits for ticks after the end of the feed");
        Assert.Equal(0, await restarted);
        Assert.Equal(500 * 16, new FileInfo(recording).Length);
        Assert.Contains("500 ticks in the file", output.ToString(), StringComparison.Ordinal);
    }
}
