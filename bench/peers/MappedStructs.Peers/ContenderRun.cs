using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace MappedStructs.Peers;

/// <summary>
/// One contender's process in one round: warm the JIT on a small table, fault every page of the real one in, then time
/// each workload <c>reps</c> times and print one line per measurement for the script.
/// </summary>
internal static class ContenderRun
{
    // Past 30 calls a method is promoted to tier 1, once call counting has begun (100 ms after the last tier-0 compile):
    // two bursts of calls with a pause between leave the timed passes running the final code, as BenchmarkDotNet's steady state.
    private const int WarmupCallsPerBurst = 40;
    private static readonly TimeSpan s_warmupPause = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs the named contender and writes its "result", "touch" and "mapping" lines.</summary>
    public static void Run(string contender, string tablePath, string indicesPath, string warmupTable, string warmupIndices, int reps, TextWriter output)
    {
        Warm(contender, warmupTable, warmupIndices);

        var table = TableFile.Describe(tablePath);
        long[] indices = DataSet.ReadIndices(indicesPath, table.Count);
        using IContender reader = Open(contender, tablePath, table);
        var clock = Stopwatch.StartNew();
        long touched = reader.TouchPages();
        output.WriteLine(Line($"touch {contender} {clock.Elapsed.TotalSeconds:F6} {touched}"));

        for (int rep = 0; rep < reps; rep++)
        {
            clock.Restart();
            double price = reader.ScanPrice();
            output.WriteLine(Line($"result {contender} scan_price {rep} {clock.Elapsed.TotalSeconds:F9} {price:F4}"));
            clock.Restart();
            long quantity = reader.ScanQuantity();
            output.WriteLine(Line($"result {contender} scan_quantity {rep} {clock.Elapsed.TotalSeconds:F9} {quantity}"));
            clock.Restart();
            double random = reader.RandomPrice(indices);
            output.WriteLine(Line($"result {contender} random_price {rep} {clock.Elapsed.TotalSeconds:F9} {random:F4}"));
        }

        output.WriteLine($"mapping {contender} {MappingState.Of(tablePath)}");
    }

    private static void Warm(string contender, string tablePath, string indicesPath)
    {
        var table = TableFile.Describe(tablePath);
        long[] indices = DataSet.ReadIndices(indicesPath, table.Count);
        using IContender reader = Open(contender, tablePath, table);
        double sink = reader.TouchPages();
        for (int burst = 0; burst < 2; burst++)
        {
            for (int call = 0; call < WarmupCallsPerBurst; call++)
            {
                sink += reader.ScanPrice() + reader.ScanQuantity() + reader.RandomPrice(indices);
            }

            Thread.Sleep(s_warmupPause);
        }

        GC.KeepAlive(sink);
    }

    private static IContender Open(string contender, string path, TableFile table) => contender switch
    {
        "mappedstructs" => new MappedStructsContender(path),
        "viewaccessor" => new ViewAccessorContender(path, table),
        "pointer" => new PointerContender(path, table),
        _ => throw new ArgumentException($"Unknown contender '{contender}'; known: mappedstructs, viewaccessor, pointer."),
    };

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
