using System;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.TestSupport;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Typed access under taken names: the record-span factory moves to <c>Span_</c>, the record extensions forward to the
/// views under their escaped names and pick a free receiver, and the extension class steps aside from a user type of its
/// name (<see cref="TypedTakenNamesLayout"/>).
/// </summary>
public sealed class TypedTakenNameTests : IDisposable
{
    private readonly TempDirectory _directory = new("mappedstructs-typed-taken-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Spans_record_extensions_and_ToString_work_under_escaped_names()
    {
        using var assembly = RunnableAssembly.Build("TypedTaken", TypedTakenNamesLayout.Source);
        string result = (string)assembly.Call("TypedTaken.Probe", "Run", _directory.File("typed.table"))!;

        // Records 10 and 20: seven fields each summed (seed*7 + 1+2+4+5+6+7 = 25), then the table slot's writes and atomic add.
        Assert.Equal(
            "2 260 100 101 12 8 49 | Sample { Span = 100, record = 101, slot = 3, Bytes = 4, Ref = 5, ReadOnlyRef = 6, Count = 12, AddCount = 8 }",
            result);
        Assert.True(assembly.Type("TypedTaken.SampleRecordExtensions_").IsAbstract);
    }
}
