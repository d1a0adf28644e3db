using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// A reader in another process (<see cref="HeapGrowthReaderChild"/>) verifies self-checking records while this process
/// appends them, growing the records from a capacity of 4 and the heap from its minimum across many remaps: it sees every
/// appended value whole, in order, and nothing else.
/// </summary>
public sealed class HeapGrowthReaderTests : IDisposable
{
    private const int Records = 3000;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_reader_sees_exactly_the_appended_values_in_order_while_records_and_heap_grow()
    {
        string path = _dir.File("growing.tbl");
        using var table = MappedTable<LogEntry>.Create(path, 4);
        long firstHeapMapping = table.HeapStore!.Current._mappedLength;
        using Process reader = ProcessLauncher.Start(ProcessLauncher.DotnetProgram(
            typeof(HeapGrowthReaderChild).Assembly.Location,
            HeapGrowthReaderChild.Argument,
            path,
            Records.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("ready", reader.StandardOutput.ReadLine());

        for (long i = 0; i < Records; i++)
        {
            table.Append(SelfCheckingEntries.For(i));
            if (i % 16 == 0)
            {
                // Paced, so the reader catches up often and reads records published moments ago, across each remap.
                Thread.Sleep(1);
            }
        }

        ProcessOutcome outcome = ProcessLauncher.Finish(reader, TimeSpan.FromMinutes(3)).EnsureSuccess("the growth reader process");
        Assert.StartsWith($"verified {Records} ", outcome.Output.Trim(), StringComparison.Ordinal);
        Assert.EndsWith($" count {Records}", outcome.Output.Trim(), StringComparison.Ordinal);
        Assert.True(table.Capacity >= Records);
        Assert.True(table.HeapStore.Current._mappedLength >= 8 * firstHeapMapping, "the heap must have been remapped several times");
    }
}
