using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace MappedStructs.Samples;

/// <summary>Starts a sample again as a child process, for the samples that show what a second process sees.</summary>
internal static class SelfProcess
{
    /// <summary>
    /// Starts <paramref name="sample"/> (the sample's assembly) with <paramref name="arguments"/> and its standard output
    /// redirected. An apphost (the sample's executable) runs directly; a dll, as under `dotnet run` or the smoke tests,
    /// runs under the dotnet host. <paramref name="redirectInputAndErrors"/> also redirects standard input and error.
    /// </summary>
    public static Process Start(Assembly sample, IEnumerable<string> arguments, bool redirectInputAndErrors = false)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(arguments);
        string self = sample.Location;
        string? host = Environment.ProcessPath;
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = redirectInputAndErrors,
            RedirectStandardError = redirectInputAndErrors,
            UseShellExecute = false,
        };
        if (host is not null && Path.GetFileNameWithoutExtension(host) == Path.GetFileNameWithoutExtension(self))
        {
            start.FileName = host;
        }
        else
        {
            start.FileName = host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
            start.ArgumentList.Add(self);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path.GetFileName(self)} as a child process.");
    }
}
