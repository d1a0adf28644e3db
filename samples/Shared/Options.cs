using System;
using System.Collections.Generic;
using System.Globalization;

namespace MappedStructs.Samples;

/// <summary>A minimal <c>--name value</c> / <c>--flag</c> parser, so the sample needs no packages.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public Options(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'; options look like --name value.");
            }

            bool hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            _values[args[i]] = hasValue ? args[++i] : null;
        }
    }

    public long Long(string name, long fallback)
    {
        _used.Add(name);
        return _values.TryGetValue(name, out string? text) && text is not null ? ParseSize(name, text) : fallback;
    }

    public string Text(string name, string fallback)
    {
        _used.Add(name);
        return _values.TryGetValue(name, out string? text) && text is not null ? text : fallback;
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _values.ContainsKey(name);
    }

    public void ThrowOnUnknown()
    {
        foreach (string name in _values.Keys)
        {
            if (!_used.Contains(name))
            {
                throw new ArgumentException($"Unknown option {name}; known: {string.Join(", ", _used)}.");
            }
        }
    }

    /// <summary>Accepts plain numbers, underscores, and K/M/G suffixes (powers of 1024), e.g. 64M or 2G.</summary>
    private static long ParseSize(string name, string text)
    {
        string digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        long scale = 1;
        char last = char.ToUpperInvariant(digits[^1]);
        if (last is 'K' or 'M' or 'G')
        {
            scale = last switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            digits = digits[..^1];
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
        {
            throw new ArgumentException($"{name} expects a number, got '{text}'.");
        }

        return checked(value * scale);
    }
}
