using System;
using System.Globalization;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Samples;

/// <summary>Runs the MarketFeed sample with tiny arguments: four processes, a recorder killed and restarted, every check passing.</summary>
public sealed class MarketFeedSmokeTests
{
    [Fact]
    public void MarketFeed_recorder_resumes_after_being_killed_and_every_consumer_agrees_with_the_feed()
    {
        Assert.SkipWhen(ProcessLauncher.IsSelfContained, "The sample starts its children with the dotnet host, which a self-contained publish (win-x64 under Wine) does not have.");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        int exit = MarketFeed.Program.Run(["--ticks", "30000", "--rate", "0", "--recorder-pace", "40000"], output);
        string text = output.ToString();

        Assert.True(exit == 0, text);
        Assert.Contains("coordinator: killed the recorder at tick", text, StringComparison.Ordinal);
        Assert.Contains("check: the recorder recorded 30,000 of 30,000 ticks, each once and in order", text, StringComparison.Ordinal);
        Assert.Contains("check: the strategy's VWAP equals the feed's for all 4 symbols", text, StringComparison.Ordinal);
        Assert.Contains("monitor: end of feed", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MarketFeed.Program.Run(["--role", "nobody"], TextWriter.Null));
    }
}
