using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MappedStructs.Layout;

/// <summary>
/// The values <c>[MappedLayout(Pack = n)]</c> accepts, stated once: 0 for natural alignment, or a power of two up to 128.
/// The engine checks against this list, the analyzers' message and the docs quote it (a test keeps the copies the
/// runtime and the docs cannot reference in step).
/// </summary>
internal static class PackValues
{
    private static readonly int[] s_valid = [0, 1, 2, 4, 8, 16, 32, 64, 128];

    /// <summary>Every accepted value, 0 first, then in increasing order.</summary>
    public static IReadOnlyList<int> All => s_valid;

    /// <summary>The accepted values other than 0, as prose: <c>1, 2, 4, 8, 16, 32, 64 or 128</c>.</summary>
    public static string PackingText { get; } = ProseList(s_valid.Where(pack => pack != 0).ToArray());

    /// <summary>Whether <paramref name="pack"/> is an accepted value.</summary>
    public static bool IsValid(int pack) => Array.IndexOf(s_valid, pack) >= 0;

    private static string ProseList(int[] values)
    {
        string[] texts = values.Select(value => value.ToString(CultureInfo.InvariantCulture)).ToArray();
        return string.Join(", ", texts.Take(texts.Length - 1)) + " or " + texts[texts.Length - 1];
    }
}
