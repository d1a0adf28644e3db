using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>The readers this project did not write, found on the machine, or why not (for <c>Assert.SkipWhen</c>).</summary>
internal static class ExternalTools
{
    /// <summary>A python3 that imports numpy: the Debian one first (python3-numpy installs there), then the one on PATH.</summary>
    public static (string? Python, string? WhyNot) PythonWithNumpy()
    {
        foreach (string python in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                ProcessOutcome outcome = ProcessLauncher.Run(ProcessLauncher.StartInfo(python, "-c", "import numpy"), TimeSpan.FromMinutes(1));
                if (outcome.ExitCode == 0)
                {
                    return (python, null);
                }
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
            {
                // Not installed here; try the next.
            }
        }

        return (null, "no python3 with numpy (apt-get install python3-numpy; .ci/run installs it when it runs as root)");
    }

    /// <summary>gcc, when it runs.</summary>
    public static string? WhyNoGcc()
    {
        try
        {
            return ProcessLauncher.Run(ProcessLauncher.StartInfo("gcc", "--version"), TimeSpan.FromMinutes(1)).ExitCode == 0 ? null : "gcc --version failed";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return "gcc is not installed (apt-get install gcc)";
        }
    }

    /// <summary>node and npm, when both run.</summary>
    public static string? WhyNoNode()
    {
        foreach (string program in new[] { "node", "npm" })
        {
            try
            {
                if (ProcessLauncher.Run(ProcessLauncher.StartInfo(program, "--version"), TimeSpan.FromMinutes(1)).ExitCode != 0)
                {
                    return program + " --version failed";
                }
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
            {
                return program + " is not installed (apt-get install nodejs npm; .ci/run installs them when it runs as root)";
            }
        }

        return null;
    }
}
