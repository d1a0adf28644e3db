using System;

namespace MappedStructs.Analyzers.Tests.Access;

/// <summary>Wraps statements into a method of a program that uses the runtime stand-in and the Trade layout.</summary>
internal static class AccessTestSource
{
    internal static string Method(string body) => $$"""
        using System;
        using System.Threading;
        using MappedStructs;

        public static class Program
        {
            public static long Run(MappedFile file, MappedView anyView, int n)
            {
        {{body}}
            }
        }
        """;

    /// <summary>The 1-based line of the first line of <paramref name="source"/> containing <paramref name="text"/>.</summary>
    internal static int LineOf(string source, string text)
    {
        int index = source.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{text}' is not in the source", nameof(text));
        }

        int line = 1;
        for (int i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
