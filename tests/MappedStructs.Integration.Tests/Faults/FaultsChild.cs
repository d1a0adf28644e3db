using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Faults;

/// <summary>
/// The child process of the fault tests: each scenario does what used to kill the process (SIGBUS on a full disk, a FIFO
/// that blocks the open, too many mappings) and prints how it ended, so the parent sees a crash or a hang as an exit code
/// or a timeout instead of losing its own test host.
/// </summary>
internal static class FaultsChild
{
    public const string Argument = "--faults-child";

    /// <summary>Runs <paramref name="arguments"/> in a child process of this test assembly and waits for it (killing it after <paramref name="timeout"/>).</summary>
    public static ProcessOutcome Start(TimeSpan timeout, params string[] arguments) =>
        ProcessLauncher.Run(ProcessLauncher.DotnetProgram(typeof(FaultsChild).Assembly.Location, [Argument, .. arguments]), timeout);

    public static int Run(ReadOnlySpan<string> arguments, TextWriter output)
    {
        string[] args = arguments.ToArray();
        try
        {
            return args[0] switch
            {
                "fill-file" => FillFile(args[1], long.Parse(args[2], CultureInfo.InvariantCulture), output),
                "fill-table" => FillTable(args[1], output),
                "open-file" => Report(() => MappedFile.Open(args[1], Enum.Parse<MapAccess>(args[2])).Dispose(), output),
                "open-table" => Report(() => OpenTable(args[1], Enum.Parse<MapAccess>(args[2])), output),
                "create-table" => Report(() => MappedTable<Tick>.Create(args[1], 16).Dispose(), output),
                "hold-table" => HoldTable(args[1], output),
                "budget" => SpendBudget(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), output),
                "budget-windows" => SpendBudgetOnWindows(args[1], output),
                _ => throw new ArgumentException($"unknown scenario {args[0]}"),
            };
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            output.WriteLine($"{e.GetType().Name}: {e.Message}");
            return 0;
        }
    }

    /// <summary>Creates a file and writes one word into every page through a view, as a user of MappedFile would.</summary>
    private static int FillFile(string path, long bytes, TextWriter output)
    {
        using var file = MappedFile.Create(path, bytes);
        using MappedView view = file.CreateView();
        for (long offset = 0; offset + sizeof(long) <= bytes; offset += Environment.SystemPageSize)
        {
            view.Write(offset, offset + 1);
        }

        output.WriteLine($"wrote {bytes} bytes");
        return 0;
    }

    /// <summary>Appends until the file system is full, then checks the table still reads every record and can still be used.</summary>
    private static int FillTable(string path, TextWriter output)
    {
        using var table = MappedTable<Tick>.Create(path, 16);
        long appended = 0;
        try
        {
            while (true)
            {
                table.Append(Tick.Create(appended, appended * 7));
                appended++;
            }
        }
        catch (IOException e)
        {
            output.WriteLine($"IOException after {appended}: {e.Message}");
        }

        for (long i = 0; i < table.Count; i++)
        {
            Tick tick = table[i].Load();
            if (!tick.IsConsistent || tick.Sequence != i)
            {
                output.WriteLine($"BAD record {i}");
                return 2;
            }
        }

        table.Flush();
        using var reopened = ReadOnlyMappedTable<Tick>.Open(path);
        output.WriteLine($"usable count {table.Count} reopened {reopened.Count}");
        return table.Count == appended && reopened.Count == appended ? 0 : 3;
    }

    /// <summary>Opens a table, says how many records it has, waits for a line on stdin, then checks every one of them.</summary>
    private static int HoldTable(string path, TextWriter output)
    {
        using var table = ReadOnlyMappedTable<Tick>.Open(path);
        long count = table.Count;
        output.WriteLine($"opened {count}");
        output.Flush();
        _ = Console.In.ReadLine();
        for (long i = 0; i < count; i++)
        {
            Tick tick = table[i].Load();
            if (!tick.IsConsistent || tick.Sequence != i)
            {
                output.WriteLine($"BAD record {i}: {tick}");
                return 2;
            }
        }

        output.WriteLine($"intact {count} count now {table.Count}");
        return 0;
    }

    private static void OpenTable(string path, MapAccess access)
    {
        if (access == MapAccess.Read)
        {
            ReadOnlyMappedTable<Tick>.Open(path).Dispose();
        }
        else
        {
            MappedTable<Tick>.Open(path, access).Dispose();
        }
    }

    private static int Report(Action open, TextWriter output)
    {
        try
        {
            open();
            output.WriteLine("opened");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or InvalidTableFileException)
        {
            output.WriteLine($"{e.GetType().Name}: {e.Message}");
        }

        return 0;
    }

    /// <summary>Lowers the mapping budget, maps files until it is refused, then shows that giving one back makes room.</summary>
    private static int SpendBudget(string directory, int extra, TextWriter output)
    {
        MappingBudget.Limit = MappingBudget.Live + extra;
        List<MappedFile> files = [];
        try
        {
            while (true)
            {
                files.Add(MappedFile.Create(Path.Combine(directory, $"f{files.Count}.bin"), 4096));
            }
        }
        catch (IOException e)
        {
            output.WriteLine($"refused after {files.Count}: {e.Message}");
        }

        try
        {
            files[0].EnsureCapacity(1 << 20);
            output.WriteLine("growth mapped");
        }
        catch (IOException e)
        {
            output.WriteLine($"growth refused: {e.Message} length {files[0].Length} file {files[0].GetFileLength()}");
        }

        files[^1].Dispose();
        files[^1] = MappedFile.Create(Path.Combine(directory, "again.bin"), 4096);
        output.WriteLine($"mapped again, live {MappingBudget.Live} limit {MappingBudget.Limit}");
        files.ForEach(file => file.Dispose());
        return 0;
    }

    /// <summary>
    /// Lowers the budget to two more mappings and moves a windowed file's window while views hold the old windows: each
    /// window is one mapping, so the third move is refused until a view is disposed.
    /// </summary>
    private static int SpendBudgetOnWindows(string path, TextWriter output)
    {
        File.WriteAllBytes(path, new byte[16 * 65536]);
        using var file = MappedFile.OpenWindowed(path, MapAccess.Read, 65536);
        MappingBudget.Limit = MappingBudget.Live + 2;
        MappedView first = file.CreateView(0, 8);
        using MappedView second = file.CreateView(4 * 65536, 8);
        try
        {
            file.CreateView(8 * 65536, 8).Dispose();
            output.WriteLine("third window mapped");
        }
        catch (IOException e)
        {
            output.WriteLine($"third window refused: {e.Message}");
        }

        first.Dispose();
        using MappedView third = file.CreateView(8 * 65536, 8);
        output.WriteLine($"mapped after a view let go, live {MappingBudget.Live} limit {MappingBudget.Limit} windows {file.WindowsMapped}");
        return 0;
    }
}
