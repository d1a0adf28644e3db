using System;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>
/// Past vm.max_map_count Linux ends the process inside the runtime; the library keeps a budget below it and refuses a new
/// mapping (of a file, or for a growth) with an IOException naming the file. A child lowers the budget, so the test needs
/// a handful of mappings rather than 65,000 and cannot disturb other tests.
/// </summary>
public sealed class MappingBudgetTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_spent_budget_refuses_new_mappings_and_growth_naming_the_file_until_one_is_given_back()
    {
        ProcessOutcome outcome = FaultsChild.Start(TimeSpan.FromMinutes(2), "budget", _dir.Path, "8");

        Assert.True(outcome.ExitCode == 0, $"the child exited {outcome.ExitCode}: {outcome.OutputAndErrors}");
        string[] lines = outcome.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"refused after 8: Cannot map 4096 bytes of '{_dir.File("f8.bin")}': this process already has", lines[0], StringComparison.Ordinal);
        Assert.Contains("vm.max_map_count", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"growth refused: Cannot map 1048576 bytes of '{_dir.File("f0.bin")}'", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("length 4096 file 4096", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("mapped again", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_window_of_a_windowed_file_counts_against_the_budget_while_a_view_holds_it()
    {
        string path = _dir.File("windowed.bin");
        ProcessOutcome outcome = FaultsChild.Start(TimeSpan.FromMinutes(2), "budget-windows", path);

        Assert.True(outcome.ExitCode == 0, $"the child exited {outcome.ExitCode}: {outcome.OutputAndErrors}");
        string[] lines = outcome.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        long windowBytes = 65536 + SlidingWindow.Granularity;
        Assert.StartsWith($"third window refused: Cannot map {windowBytes} bytes of '{path}': this process already has", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("windows 3", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_is_read_from_vm_max_map_count_with_room_for_the_runtime()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "vm.max_map_count is Linux's");
        int limit = int.Parse(System.IO.File.ReadAllText("/proc/sys/vm/max_map_count").Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(limit / 4 * 3, MappingBudget.Limit);
    }
}
