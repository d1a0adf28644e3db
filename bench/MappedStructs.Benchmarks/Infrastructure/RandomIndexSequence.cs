using System;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>
/// The one random index sequence every method reads, in the same order from the same start: a fixed seed, uniform over the
/// file's records. Each benchmark invocation takes the next <see cref="BenchSettings.ReadsPerInvocation"/> entries.
/// </summary>
public sealed class RandomIndexSequence
{
    private const int Seed = 20_261_127;
    private readonly int[] _indices;
    private int _cursor;

    /// <summary>Builds the sequence of <paramref name="length"/> indices below <paramref name="recordCount"/>.</summary>
    public RandomIndexSequence(long recordCount, int length)
    {
        if (length <= 0 || length % BenchSettings.ReadsPerInvocation != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Must be a positive multiple of {BenchSettings.ReadsPerInvocation}.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(recordCount, int.MaxValue);
        Random random = new(Seed);
        _indices = new int[length];
        for (int i = 0; i < _indices.Length; i++)
        {
            _indices[i] = random.Next((int)recordCount);
        }
    }

    /// <summary>The next slice of <see cref="BenchSettings.ReadsPerInvocation"/> indices, wrapping at the end.</summary>
    public ReadOnlySpan<int> Next()
    {
        ReadOnlySpan<int> slice = _indices.AsSpan(_cursor, BenchSettings.ReadsPerInvocation);
        _cursor += BenchSettings.ReadsPerInvocation;
        if (_cursor == _indices.Length)
        {
            _cursor = 0;
        }

        return slice;
    }

    /// <summary>Starts the sequence over, so each benchmark process reads it from the start.</summary>
    public void Rewind() => _cursor = 0;
}
