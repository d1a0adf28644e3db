using System;
using Spectre.Console;

namespace MappedStructs.Tool;

/// <summary>
/// A progress bar on the terminal's error stream while a long command writes records, and nothing when the error stream is
/// redirected (a pipe, a file, a test): the output of a dump or an export is never mixed with it.
/// </summary>
internal sealed class TerminalProgress
{
    private readonly IAnsiConsole? _console;
    private readonly bool _standardOutputIsTerminal;

    private TerminalProgress(IAnsiConsole? console, bool standardOutputIsTerminal)
    {
        _console = console;
        _standardOutputIsTerminal = standardOutputIsTerminal;
    }

    /// <summary>No progress bar.</summary>
    public static TerminalProgress None { get; } = new(null, false);

    /// <summary>A bar on the process's error stream when it is a terminal; none otherwise.</summary>
    public static TerminalProgress ForConsole() =>
        Console.IsErrorRedirected
            ? None
            : new TerminalProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), !Console.IsOutputRedirected);

    /// <summary>
    /// Runs <paramref name="work"/>, which reports records done out of <paramref name="total"/> through its argument, under a
    /// bar named <paramref name="title"/>; not when <paramref name="writesStandardOutput"/> and standard output is the terminal
    /// too, so that the bar never shares a terminal with the records being written to it.
    /// </summary>
    public T Run<T>(string title, long total, bool writesStandardOutput, Func<Action<long>, T> work)
    {
        if (_console is null || (writesStandardOutput && _standardOutputIsTerminal) || total == 0)
        {
            return work(static _ => { });
        }

        return _console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask task = progress.AddTask(title, maxValue: total);
                return work(done => task.Value = done);
            });
    }
}
