using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace MappedStructs.TestChild;

/// <summary>
/// <c>find &lt;path&gt; &lt;pattern&gt; &lt;windowSize|whole&gt;</c>: searches the file for the pattern through a windowed
/// mapping (or a mapping of the whole file) and prints <c>found &lt;offset&gt; windows &lt;n&gt;</c>, or
/// <c>refused &lt;exception type&gt;: &lt;message&gt;</c> with exit code 2 when the file cannot be mapped. The address-space
/// tests run it under <c>ulimit -v</c>, where a crash would show as another exit code.
/// </summary>
internal static class FindCommand
{
    public static int Run(string[] args)
    {
        string path = args[0];
        byte[] pattern = Encoding.UTF8.GetBytes(args[1]);
        try
        {
            using MappedFile file = args[2] == "whole"
                ? MappedFile.Open(path, MapAccess.Read)
                : MappedFile.OpenWindowed(path, MapAccess.Read, long.Parse(args[2], CultureInfo.InvariantCulture));
            file.Advise(0, file.Length, MapAdvice.Sequential);
            long found = file.IndexOf(pattern);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"found {found} windows {file.WindowsMapped}"));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Out.WriteLine($"refused {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }
}
