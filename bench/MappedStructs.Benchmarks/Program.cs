using System;
using System.Linq;
using BenchmarkDotNet.Running;
using MappedStructs.Benchmarks;
using MappedStructs.Benchmarks.Infrastructure;

// Usage:
//   dotnet run -c Release --project bench/MappedStructs.Benchmarks -- --quick             every benchmark once, tiny data
//   dotnet run -c Release --project bench/MappedStructs.Benchmarks -- --filter '*'        the measured suite (1 GiB file)
//   ... -- --disasm --filter '*PointRead*'                                                  plus the JIT output
//   ... -- --render-docs ARTIFACTS docs/benchmarks.md MACHINE-NOTES                       splice results into the doc
//   ... -- --one-shot TableForeachDouble [REPEATS]                                         one loop's first call (bench/one-shot.sh)
// Other BenchmarkDotNet switches (--filter, --list flat, --artifacts DIR) pass through; --job X replaces the suite's Short job.
if (args.Contains("--quick"))
{
    try
    {
        int ran = QuickMode.Run(Console.Out);
        Console.WriteLine($"Quick mode: {ran} benchmarks ran once each.");
        return 0;
    }
    catch (InvalidOperationException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

if (args.Contains("--one-shot-list"))
{
    OneShot.List(Console.Out);
    return 0;
}

int oneShotAt = Array.IndexOf(args, "--one-shot");
if (oneShotAt >= 0 && oneShotAt + 1 < args.Length)
{
    // --one-shot LOOP [REPEATS]: the loop's first call in this fresh process, then its steady state (bench/one-shot.sh).
    int repeats = oneShotAt + 2 < args.Length ? int.Parse(args[oneShotAt + 2], System.Globalization.CultureInfo.InvariantCulture) : 0;
    return OneShot.Run(args[oneShotAt + 1], repeats, Console.Out);
}

int renderAt = Array.IndexOf(args, "--render-docs");
if (renderAt >= 0)
{
    // --render-docs ARTIFACTS DOC MACHINE-NOTES: splice a finished run's tables into the doc (bench/run-all.sh calls this).
    DocRenderer.Render(args[renderAt + 1], args[renderAt + 2], args[renderAt + 3]);
    return 0;
}

bool disassembly = args.Contains("--disasm");
string? artifacts = null;
int artifactsAt = Array.IndexOf(args, "--artifacts");
if (artifactsAt >= 0 && artifactsAt + 1 < args.Length)
{
    artifacts = args[artifactsAt + 1];
}

string[] passThrough = args.Where(a => a != "--disasm").ToArray();
DataFiles.EnsureAll();
string dataPath = DataFile.PathFor(BenchSettings.DataBytes);
Console.WriteLine($"// MappedStructs data: {dataPath}, {BenchSettings.DataBytes >> 20} MiB, {BenchSettings.RandomIndexCount} random indices");
BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(passThrough, SuiteConfig.ForCommandLine(passThrough, disassembly, artifacts));
return 0;
