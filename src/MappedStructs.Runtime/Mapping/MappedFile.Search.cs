using System;

namespace MappedStructs;

/// <summary>Searching the file for bytes, window by window, so a match across two windows is found too.</summary>
public sealed partial class MappedFile
{
    /// <summary>The most bytes one step of a search looks at: a span holds at most 2 GiB, and 1 GiB steps leave room for the overlap.</summary>
    private const long SearchStep = 1L << 30;

    /// <summary>
    /// The offset of the first occurrence of <paramref name="pattern"/> at or after <paramref name="start"/>, or -1. The
    /// file is searched through views of at most <see cref="WindowSize"/> bytes (1 GiB for a whole-file mapping) that
    /// overlap by the pattern's length less one byte, so a match that starts in one window and ends in the next is found;
    /// a windowed file moves its window along (with the advice recorded for each range, for instance <see cref="MapAdvice.Sequential"/>).
    /// </summary>
    /// <param name="pattern">The bytes to find; an empty pattern is found at <paramref name="start"/>.</param>
    /// <param name="start">The first offset a match may start at; at most <see cref="Length"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or past <see cref="Length"/>.</exception>
    /// <exception cref="ArgumentException">The pattern is longer than a windowed file's <see cref="WindowSize"/>.</exception>
    /// <exception cref="ObjectDisposedException">The file has been disposed.</exception>
    public long IndexOf(ReadOnlySpan<byte> pattern, long start = 0)
    {
        long length;
        lock (_gate)
        {
            CheckOpenRange(start, 0);
            length = _length;
        }

        long step = Math.Min(_windows?.ViewSize ?? SearchStep, SearchStep);
        if (pattern.Length > step)
        {
            throw new ArgumentException(
                $"A pattern of {pattern.Length} bytes cannot be found in views of {step} bytes of {MappingErrors.Describe(Path)}; open it with a larger window.", nameof(pattern));
        }

        if (pattern.IsEmpty)
        {
            return start;
        }

        for (long from = start; length - from >= pattern.Length; from += step - pattern.Length + 1)
        {
            using MappedView view = CreateView(from, Math.Min(step, length - from));
            int found = view.ReadOnlySpan.IndexOf(pattern);
            if (found >= 0)
            {
                return from + found;
            }

            if (from + view.Length == length)
            {
                break;
            }
        }

        return -1;
    }
}
