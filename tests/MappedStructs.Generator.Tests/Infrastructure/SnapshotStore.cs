using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DiffPlex.Renderer;

namespace MappedStructs.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot files with Verify's conventions: <c>{Class}.{Method}#{HintName without .cs}.verified.cs</c> beside the test file.
/// A mismatch writes <c>.received.cs</c> beside it and fails with a unified diff; <c>MAPPEDSTRUCTS_ACCEPT=1</c> accepts
/// (writes the verified file, deletes the received one). Verified files of the same test that it no longer produces fail too.
/// </summary>
internal sealed class SnapshotStore(string directory, bool accept)
{
    public const string AcceptVariable = "MAPPEDSTRUCTS_ACCEPT";

    public static bool AcceptFromEnvironment => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static string Prefix(string className, string methodName) => $"{className}.{methodName}#";

    public static string VerifiedName(string className, string methodName, string hintName) =>
        Prefix(className, methodName) + StripCs(hintName) + ".verified.cs";

    /// <summary>Compares every produced file; returns the failure text, or null when everything matches (or was accepted).</summary>
    public string? Check(string className, string methodName, IReadOnlyList<(string HintName, string Text)> produced)
    {
        var failures = new StringBuilder();
        var expectedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string hintName, string text) in produced)
        {
            string verifiedName = VerifiedName(className, methodName, hintName);
            expectedNames.Add(verifiedName);
            string verifiedPath = Path.Combine(directory, verifiedName);
            string receivedPath = Path.ChangeExtension(Path.ChangeExtension(verifiedPath, null), null) + ".received.cs";
            string actual = Normalize(text);
            string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (expected == actual)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verifiedPath, actual);
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, actual);
            failures.Append(expected is null ? $"No verified snapshot {verifiedName}; wrote {Path.GetFileName(receivedPath)}.\n" : string.Empty);
            failures.Append(UnidiffRenderer.GenerateUnidiff(expected ?? string.Empty, actual, verifiedName, Path.GetFileName(receivedPath)));
            failures.Append('\n');
        }

        foreach (string stale in Directory.EnumerateFiles(directory, Prefix(className, methodName) + "*.verified.cs"))
        {
            if (expectedNames.Contains(Path.GetFileName(stale)))
            {
                continue;
            }

            if (accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(stale)} is no longer produced by {className}.{methodName}; delete it or accept with {AcceptVariable}=1.\n");
            }
        }

        return failures.Length == 0 ? null : $"{failures}Set {AcceptVariable}=1 to accept the received files.";
    }

    /// <summary>Verified files in <paramref name="directory"/> whose <c>{Class}.{Method}</c> is not in <paramref name="knownTests"/>.</summary>
    public static IReadOnlyList<string> Orphans(string directory, IEnumerable<string> knownTests)
    {
        var known = new HashSet<string>(knownTests, StringComparer.Ordinal);
        return Directory.EnumerateFiles(directory, "*.verified.cs")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !known.Contains(name.Substring(0, Math.Max(0, name.IndexOf('#', StringComparison.Ordinal)))))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }

    private static string StripCs(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
