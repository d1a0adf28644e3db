using System;
using System.Linq;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Analyzers.Tests.Infrastructure;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Analyzers.Tests;

/// <summary>
/// The layout engine states each rule once; these tests fail when a copy that cannot reference it (a descriptor's
/// severity, the runtime attribute's docs, the docs pages) or a lookup that asks it says something else.
/// </summary>
public sealed class EngineAgreementTests
{
    [Fact]
    public void Every_violation_kind_is_reported_with_the_engines_severity()
    {
        foreach (ViolationKind kind in Enum.GetValues<ViolationKind>())
        {
            DiagnosticDescriptor descriptor = ViolationDiagnostics.DescriptorFor(kind);
            Assert.True(
                kind.Severity().ToString() == descriptor.DefaultSeverity.ToString(),
                $"{kind} is a {kind.Severity()} in the engine but {descriptor.Id} is a {descriptor.DefaultSeverity}");
        }
    }

    [Fact]
    public void The_runtime_attribute_and_the_docs_list_the_engines_pack_values()
    {
        Assert.Equal([0, 1, 2, 4, 8, 16, 32, 64, 128], PackValues.All);
        Assert.Equal("1, 2, 4, 8, 16, 32, 64 or 128", PackValues.PackingText);
        Assert.Contains(
            $"({PackValues.PackingText}); 0 means natural alignment",
            RepositoryFiles.Read("src/MappedStructs.Runtime/Attributes/MappedLayoutAttribute.cs"),
            StringComparison.Ordinal);
        Assert.Contains($"`Pack` ({PackValues.PackingText})", RepositoryFiles.Read("docs/layouts.md"), StringComparison.Ordinal);
        Assert.Contains(
            "`Pack` one of " + string.Join(", ", PackValues.All) + ",",
            RepositoryFiles.Read("docs/diagnostics/MAPS0018.md"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Access_sizes_come_from_the_catalogue_with_enums_as_their_underlying_integer()
    {
        var compilation = CSharpCompilation.Create(
            "Catalogue",
            [CSharpSyntaxTree.ParseText("public enum Small : byte { A } public enum Wide : long { A } public struct Pair { public int A, B; }", cancellationToken: TestContext.Current.CancellationToken)],
            TestReferences.Framework);
        (string MetadataName, ScalarType Expected)[] scalars =
        [
            ("System.Boolean", ScalarType.Bool), ("System.Byte", ScalarType.Byte), ("System.SByte", ScalarType.SByte),
            ("System.Int16", ScalarType.Int16), ("System.UInt16", ScalarType.UInt16), ("System.Int32", ScalarType.Int32),
            ("System.UInt32", ScalarType.UInt32), ("System.Int64", ScalarType.Int64), ("System.UInt64", ScalarType.UInt64),
            ("System.Int128", ScalarType.Int128), ("System.UInt128", ScalarType.UInt128), ("System.Char", ScalarType.Char),
            ("System.Half", ScalarType.Half), ("System.Single", ScalarType.Single), ("System.Double", ScalarType.Double),
            ("System.Guid", ScalarType.Guid), ("System.DateTime", ScalarType.DateTime), ("System.TimeSpan", ScalarType.TimeSpan),
            ("Small", ScalarType.Byte), ("Wide", ScalarType.Int64),
        ];
        foreach ((string? metadataName, ScalarType expected) in scalars)
        {
            Assert.Equal(expected, CatalogueSymbols.Find(Type(compilation, metadataName))?.Type);
        }

        Assert.Equal(TypeCatalogue.All.Select(row => row.Type).Order(), scalars.Take(18).Select(s => s.Expected).Order());
        Assert.Equal((16, 4), CatalogueSymbols.Find(Type(compilation, "System.Guid")) is { } guid ? (guid.Size, guid.Alignment) : default);
        Assert.All(new[] { "System.IntPtr", "System.Decimal", "System.String", "Pair" }, name => Assert.Null(CatalogueSymbols.Find(Type(compilation, name))));
    }

    private static INamedTypeSymbol Type(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " is not in the compilation");
}
