using System;
using System.Globalization;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// Thousands of random mutations of a valid table's references, its heap's published length and its heap bytes, each read
/// whole in a child process (<see cref="HeapReferenceFuzzChild"/>): a value or <see cref="System.IO.InvalidDataException"/>,
/// never another exception and never a fault, which would end the child with a non-zero exit code.
/// </summary>
public sealed class HeapReferenceFuzzTests : IDisposable
{
    private const int Cases = 3000;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(15)]
    [InlineData(20_261_202)]
    public void Mutated_references_and_heap_lengths_read_as_values_or_InvalidDataException_never_a_fault(int seed)
    {
        string path = _dir.File("fuzz.tbl");
        using (var table = MappedTable<LogEntry>.Create(path, 16))
        {
            for (int i = 0; i < 16; i++)
            {
                table.Append(new LogEntry
                {
                    Timestamp = i,
                    Message = i % 4 == 0 ? string.Empty : new string((char)('a' + i), i * 3) + "é",
                    Payload = Enumerable.Range(0, i * 7).Select(b => (byte)b).ToArray(),
                    Tags = [.. Enumerable.Range(0, i)],
                });
            }
        }

        ProcessOutcome outcome = ProcessLauncher.Run(
            ProcessLauncher.DotnetProgram(
                typeof(HeapReferenceFuzzChild).Assembly.Location,
                HeapReferenceFuzzChild.Argument,
                path,
                seed.ToString(CultureInfo.InvariantCulture),
                Cases.ToString(CultureInfo.InvariantCulture)),
            TimeSpan.FromMinutes(3));

        outcome.EnsureSuccess("the reference fuzz process");
        string[] words = outcome.Output.Trim().Split(' ');
        Assert.Equal(["cases", "3000", "opened", "values", "invalid"], [words[0], words[1], words[2], words[4], words[6]]);
        long opened = long.Parse(words[3], CultureInfo.InvariantCulture);
        long values = long.Parse(words[5], CultureInfo.InvariantCulture);
        long invalid = long.Parse(words[7], CultureInfo.InvariantCulture);

        // The mutations must reach both outcomes, and most cases must open, or the test exercises nothing.
        Assert.True(opened > Cases / 2, outcome.Output);
        Assert.True(values > 0 && invalid > 0, outcome.Output);
    }
}
