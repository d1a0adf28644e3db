using System;
using System.Linq;
using BenchmarkDotNet.Running;
using MappedStructs.Benchmarks;
using MappedStructs.Benchmarks.Infrastructure;

// Usage:
//   dotnet run -c Release --project bench/MappedStructs.Benchmarks -- --quick             every benchmark once, tiny data
//   dotnet run -c Release --project bench/MappedStructs.Benchmarks -- --filter '*'        the measured suite (1 GiB file)
//   ... -- --disasm --filter '*PointRead*'                                                  plus the JIT output
// Other BenchmarkDotNet switches (--filter, --list flat, --artifacts DIR) pass through.
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

bool disassembly = args.Contains("--disasm");
string? artifacts = null;
int artifactsAt = Array.IndexOf(args, "--artifacts");
if (artifactsAt >= 0 && artifactsAt + 1 < args.Length)
{
    artifacts = args[artifactsAt + 1];
}

string[] passThrough = args.Where(a => a != "--disasm").ToArray();
string dataPath = DataFile.Ensure(BenchSettings.DataBytes);
Console.WriteLine($"// MappedStructs data: {dataPath}, {BenchSettings.DataBytes >> 20} MiB, {BenchSettings.RandomIndexCount} random indices");
MappingStats.Reset();
BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(passThrough, SuiteConfig.Full(disassembly, artifacts));
return 0;
