using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MappedStructs.Analyzers.Tests.Infrastructure;

/// <summary>
/// The references every test compilation gets, without touching the network: the .NET 10 reference assemblies
/// shipped in Basic.Reference.Assemblies.Net100 and the MappedStructs runtime built by this repository.
/// </summary>
internal static class TestReferences
{
    /// <summary>An empty package set: the testing library must not try to download reference assemblies.</summary>
    internal static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>The .NET 10 reference assemblies alone.</summary>
    internal static ImmutableArray<MetadataReference> Framework { get; } = ImmutableArray.CreateRange<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);

    /// <summary>The .NET 10 reference assemblies and the MappedStructs runtime.</summary>
    internal static ImmutableArray<MetadataReference> All { get; } = CreateAll();

    private static ImmutableArray<MetadataReference> CreateAll()
    {
        ImmutableArray<MetadataReference>.Builder builder = ImmutableArray.CreateBuilder<MetadataReference>();
        builder.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        builder.Add(MetadataReference.CreateFromFile(typeof(MappedLayoutAttribute).Assembly.Location));
        return builder.ToImmutable();
    }
}
