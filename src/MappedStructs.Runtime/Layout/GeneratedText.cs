using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// Helpers the generated views' <c>ToString</c> calls: they append to the caller's interpolated-string handler, so a
/// record's text is built in one pooled buffer. Not intended for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedText
{
    /// <summary>Appends <c>[e0, e1, ...]</c>, each element formatted as the handler formats it.</summary>
    public static void AppendElements<T>(ref DefaultInterpolatedStringHandler text, ReadOnlySpan<T> elements)
    {
        text.AppendLiteral("[");
        for (int i = 0; i < elements.Length; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral(", ");
            }

            text.AppendFormatted(elements[i]);
        }

        text.AppendLiteral("]");
    }

    /// <inheritdoc cref="AppendElements{T}(ref DefaultInterpolatedStringHandler, ReadOnlySpan{T})"/>
    public static void AppendElements<T>(ref DefaultInterpolatedStringHandler text, Span<T> elements) =>
        AppendElements(ref text, (ReadOnlySpan<T>)elements);

    /// <inheritdoc cref="AppendElements{T}(ref DefaultInterpolatedStringHandler, ReadOnlySpan{T})"/>
    public static void AppendElements<T>(ref DefaultInterpolatedStringHandler text, T[] elements) =>
        AppendElements(ref text, (ReadOnlySpan<T>)elements);
}
