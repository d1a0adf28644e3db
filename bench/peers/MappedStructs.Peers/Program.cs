using System;
using System.Globalization;
using System.IO;
using MappedStructs.Samples;

namespace MappedStructs.Peers;

/// <summary>
/// The .NET side of bench/peers/run.sh:
/// <c>create --table T --indices I --records N --lookups N [--seed S]</c> writes the data set;
/// <c>info --table T</c> prints where the records are (for C, Rust and numpy);
/// <c>keep --table T --parent PID</c> holds the file mapped while the script runs;
/// <c>run --contender mappedstructs|viewaccessor|pointer --table T --indices I --warmup-table T --warmup-indices I [--reps N]</c> measures.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: MappedStructs.Peers create|info|keep|run [options] (see Program.cs)");
            return 2;
        }

        try
        {
            var options = new Options(args[1..]);
            switch (args[0])
            {
                case "create":
                    string table = options.Text("--table", string.Empty);
                    string indices = options.Text("--indices", string.Empty);
                    long records = options.Long("--records", 0);
                    long lookups = options.Long("--lookups", 0);
                    ulong seed = (ulong)options.Long("--seed", 20);
                    options.ThrowOnUnknown();
                    DataSet.Create(Required("--table", table), records, Required("--indices", indices), lookups, seed);
                    break;
                case "info":
                    string described = Required("--table", options.Text("--table", string.Empty));
                    options.ThrowOnUnknown();
                    var file = TableFile.Describe(described);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.RecordsOffset} {file.Count}"));
                    break;
                case "keep":
                    string kept = Required("--table", options.Text("--table", string.Empty));
                    int parent = (int)options.Long("--parent", 0);
                    options.ThrowOnUnknown();
                    Keeper.Run(kept, parent, Console.Out);
                    break;
                case "run":
                    string contender = options.Text("--contender", string.Empty);
                    string runTable = Required("--table", options.Text("--table", string.Empty));
                    string runIndices = Required("--indices", options.Text("--indices", string.Empty));
                    string warmTable = Required("--warmup-table", options.Text("--warmup-table", string.Empty));
                    string warmIndices = Required("--warmup-indices", options.Text("--warmup-indices", string.Empty));
                    int reps = (int)options.Long("--reps", 3);
                    options.ThrowOnUnknown();
                    ContenderRun.Run(contender, runTable, runIndices, warmTable, warmIndices, reps, Console.Out);
                    break;
                default:
                    Console.Error.WriteLine($"unknown command '{args[0]}': create, info, keep or run");
                    return 2;
            }

            return 0;
        }
        catch (Exception error) when (error is ArgumentException or IOException or InvalidDataException or InvalidTableFileException)
        {
            Console.Error.WriteLine($"MappedStructs.Peers {args[0]}: {error.Message}");
            return 1;
        }
    }

    private static string Required(string name, string value) =>
        value.Length > 0 ? value : throw new ArgumentException($"{name} is required");
}
