using System;
using System.IO;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>
/// The committed version-1 table files (<c>Versions/Fixtures</c>, see the README there) and the values they hold. The
/// writer ran once, through version-1 code, as <c>dotnet MappedStructs.Integration.Tests.dll --write-version-fixtures
/// &lt;dir&gt;</c>; the files are never regenerated, so that they keep proving what code of version 1 wrote.
/// </summary>
internal static class VersionFixtures
{
    public const string Argument = "--write-version-fixtures";

    /// <summary>Three records of version 1, 24 bytes each, little-endian.</summary>
    public const string QuotesV1 = "quotes-v1.tbl";

    public const int Records = 3;

    /// <summary>The committed file's path in the test output.</summary>
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Versions", "Fixtures", name);

    /// <summary>Copies the committed file into <paramref name="directory"/>, so that a test may modify it.</summary>
    public static string CopyTo(string name, string directory)
    {
        string copy = Path.Combine(directory, name);
        File.Copy(PathOf(name), copy, overwrite: true);
        return copy;
    }

    public static V1.Quote Expected(int i) => new() { Id = 100 + i, Px = 10.5 * (i + 1), Quantity = 3 * i, Legacy = 1000 + i };

    /// <summary>Writes the fixtures into the directory given (run once; see the README).</summary>
    public static int Write(ReadOnlySpan<string> args, TextWriter output)
    {
        string path = Path.Combine(args[0], QuotesV1);
        using (var table = MappedTable<V1.Quote>.Create(path, Records))
        {
            for (int i = 0; i < Records; i++)
            {
                table.Append(Expected(i));
            }

            table.Flush();
        }

        output.WriteLine($"wrote {path}");
        return 0;
    }
}
