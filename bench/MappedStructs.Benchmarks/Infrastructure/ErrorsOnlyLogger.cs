using System.IO;
using BenchmarkDotNet.Loggers;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>A BenchmarkDotNet logger that passes on only errors (the quick mode's output stays short, failures stay visible).</summary>
internal sealed class ErrorsOnlyLogger(TextWriter? writer) : ILogger
{
    /// <inheritdoc />
    public string Id => nameof(ErrorsOnlyLogger);

    /// <inheritdoc />
    public int Priority => 0;

    /// <inheritdoc />
    public void Write(LogKind logKind, string text)
    {
        if (logKind == LogKind.Error)
        {
            writer?.Write(text);
        }
    }

    /// <inheritdoc />
    public void WriteLine() => writer?.Flush();

    /// <inheritdoc />
    public void WriteLine(LogKind logKind, string text)
    {
        if (logKind == LogKind.Error)
        {
            writer?.WriteLine(text);
        }
    }

    /// <inheritdoc />
    public void Flush() => writer?.Flush();
}
