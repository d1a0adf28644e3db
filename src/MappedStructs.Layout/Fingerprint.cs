using System.Text;

namespace MappedStructs.Layout;

/// <summary>
/// FNV-1a, 64-bit, over UTF-8 text: stable across machines, processes and builds (unlike <c>string.GetHashCode</c>).
/// </summary>
internal static class Fingerprint
{
    private const ulong OffsetBasis = 0xcbf29ce484222325UL;
    private const ulong Prime = 0x100000001b3UL;

    public static ulong Of(string canonicalText)
    {
        ulong hash = OffsetBasis;
        foreach (byte b in Encoding.UTF8.GetBytes(canonicalText))
        {
            hash ^= b;
            hash = unchecked(hash * Prime);
        }

        return hash;
    }
}
