using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using MappedStructs.TestSupport;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// A second process (tests/MappedStructs.TestChild, copied beside the tests) that maps a file and answers line commands,
/// so tests can check what another process sees. The generous timeout only stops a hung child from hanging the run.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly TimeSpan s_hangGuard = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    public ChildProcess(string path, MapAccess access)
    {
        string childDll = Path.Combine(AppContext.BaseDirectory, "MappedStructs.TestChild.dll");
        ProcessStartInfo start = ProcessLauncher.DotnetProgram(childDll, path, access.ToString());
        start.RedirectStandardInput = true;
        _process = ProcessLauncher.Start(start);
        string ready = ReadLine();
        if (!ready.StartsWith("ready ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The child did not start: {ready} {_process.StandardError.ReadToEnd()}");
        }

        MappedLength = long.Parse(ready.AsSpan(6), provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The length the child's mapping reported.</summary>
    public long MappedLength { get; }

    /// <summary>Sends one command and returns the child's one-line reply.</summary>
    public string Send(string command)
    {
        _process.StandardInput.WriteLine(command);
        _process.StandardInput.Flush();
        return ReadLine();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.WriteLine("exit");
                _process.StandardInput.Flush();
                if (!_process.WaitForExit(s_hangGuard))
                {
                    _process.Kill();
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string ReadLine()
    {
        Task<string?> line = _process.StandardOutput.ReadLineAsync();
        if (!line.Wait(s_hangGuard))
        {
            _process.Kill();
            throw new TimeoutException("The child process did not answer.");
        }

        return line.Result ?? throw new InvalidOperationException($"The child exited: {_process.StandardError.ReadToEnd()}");
    }
}
