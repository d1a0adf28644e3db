using System;
using System.Diagnostics;

namespace MappedStructs.Integration.Tests.DefaultViews;

/// <summary>
/// What a generated view that wraps no memory (<c>default(Trade.Ref)</c>) does when a field is read or written through
/// it: the views do not check for null (that would cost every field access), so the outcome is the hardware's. Each
/// access runs in a child process, which may not survive it. docs/diagnostics/MAPS0108.md quotes these results.
/// </summary>
public sealed class DefaultViewTests
{
    [Theory]
    [InlineData(DefaultViewChild.RefNear)]
    [InlineData(DefaultViewChild.ReadOnlyRefNear)]
    [InlineData(DefaultViewChild.NewRefWrite)]
    public void A_field_in_the_first_64_KiB_through_a_default_view_throws_NullReferenceException(string access)
    {
        var (exitCode, output, errors) = RunChild(access);

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output} {errors}");
        Assert.Equal("reading\nNullReferenceException\nfinally\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_field_past_64_KiB_through_a_default_view_kills_the_process()
    {
        var (exitCode, output, errors) = RunChild(DefaultViewChild.ReadOnlyRefFar);

        // The runtime maps a fault only in the first 64 KiB to NullReferenceException; beyond, it is an access
        // violation, which .NET does not let code catch: it prints it and aborts (exit code 134, SIGABRT, on Linux)
        // without running the child's catch-all handler or its finally block.
        Assert.True(exitCode != 0, $"child survived: {output} {errors}");
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(134, exitCode);
        }

        Assert.Equal("reading\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("System.AccessViolationException", errors, StringComparison.Ordinal);
        Assert.Contains("WideRecord+ReadOnlyRef.get_Far()", errors, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Errors) RunChild(string access)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(DefaultViewChild).Assembly.Location);
        start.ArgumentList.Add(DefaultViewChild.Argument);
        start.ArgumentList.Add(access);
        // A crash dump of the intended crash would only slow the test down.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using Process child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        string errors = child.StandardError.ReadToEnd();
        child.WaitForExit();
        return (child.ExitCode, output, errors);
    }
}
