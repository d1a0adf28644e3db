using System;
using System.Diagnostics;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.DefaultViews;

/// <summary>
/// What a generated view that wraps no memory (<c>default(Trade.Ref)</c>) does when a field is read or written through
/// it. Near the start (the first 4,096 bytes) the views do not check: the fault in the unmapped null page is the runtime's
/// NullReferenceException. Further on they check the view first and throw a NullReferenceException naming it, because
/// there the fault would abort the process (the runtime maps only the first page on Unix, 64 KiB on Windows). Each access
/// runs in a child process, which would not survive a fault the runtime does not map. docs/diagnostics/MAPS0108.md quotes
/// these results.
/// </summary>
public sealed class DefaultViewTests
{
    [Theory]
    [InlineData(DefaultViewChild.RefNear)]
    [InlineData(DefaultViewChild.ReadOnlyRefNear)]
    [InlineData(DefaultViewChild.NewRefWrite)]
    public void A_field_in_the_first_4_KiB_through_a_default_view_throws_the_runtimes_NullReferenceException(string access)
    {
        (int exitCode, string? output, string? errors) = RunChild(access);

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        string[] lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(["reading", "NullReferenceException"], lines[..2]);
        Assert.Equal(["finally", string.Empty], lines[^2..]);

        // No generated check runs this near: the message is the runtime's, not the views'.
        Assert.DoesNotContain("default view", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DefaultViewChild.ReadOnlyRefFar, "WideRecord.ReadOnlyRef")]
    [InlineData(DefaultViewChild.RefFarWrite, "WideRecord.Ref")]
    [InlineData(DefaultViewChild.ReadOnlyRefFarElement, "WideRecord.ReadOnlyRef")]
    [InlineData(DefaultViewChild.ReadOnlyRefLoad, "WideRecord.ReadOnlyRef")]
    public void A_field_past_4_KiB_through_a_default_view_throws_the_generated_NullReferenceException(string access, string view)
    {
        (int exitCode, string? output, string? errors) = RunChild(access);

        // Without the generated check this access is an AccessViolationException at address 80,000 (or 79,992): .NET does
        // not let code catch it, aborts the process (exit code 134 on Linux) and runs neither the catch nor the finally.
        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        Assert.Equal(
            $"reading\nNullReferenceException\nThis MappedStructs.Integration.Tests.DefaultViews.{view} is a default view: it wraps no memory. " +
            "Create it with From(...) or from a table record.\nfinally\n",
            output.ReplaceLineEndings("\n"));
    }

    private static ProcessOutcome RunChild(string access)
    {
        ProcessStartInfo start = ProcessLauncher.DotnetProgram(typeof(DefaultViewChild).Assembly.Location, DefaultViewChild.Argument, access);
        // A crash dump of the intended crash would only slow the test down.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        return ProcessLauncher.Run(start, TimeSpan.FromMinutes(1));
    }
}
