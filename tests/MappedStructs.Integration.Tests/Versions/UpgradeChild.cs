using System;
using System.IO;

namespace MappedStructs.Integration.Tests.Versions;

/// <summary>The process the upgrade crash test kills: announces itself, then upgrades the version-1 file it is given to version 2.</summary>
internal static class UpgradeChild
{
    public const string Argument = "--upgrade-child";

    /// <summary>args: path.</summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        output.WriteLine("upgrading");
        output.Flush();
        bool upgraded = MappedTable<V2.Quote>.Upgrade(args[0]);
        output.WriteLine(upgraded ? "upgraded" : "unchanged");
        return 0;
    }
}
