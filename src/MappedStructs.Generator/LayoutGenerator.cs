using MappedStructs.Generator.Emitting;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappedStructs.Generator;

/// <summary>
/// Generates zero-copy accessors for every <c>[MappedLayout]</c> type. The flow is one way: symbols -> <see cref="LayoutSpecSet"/>
/// (plain, equatable data) -> <see cref="ResolvedLayout"/> -> C# text. Invalid layouts generate nothing and no diagnostic:
/// the analyzers explain them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LayoutGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<LayoutSpecSet> specs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.MappedLayout,
                static (node, _) => node is TypeDeclarationSyntax,
                static (attributed, cancellationToken) =>
                    LayoutSpecParser.ParseWithNested((INamedTypeSymbol)attributed.TargetSymbol, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        // Extension blocks are C# 14: an older language version gets the views without the record extensions. A bool, so
        // that an edit elsewhere in the parse options does not re-emit every layout.
        IncrementalValueProvider<bool> recordExtensions = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp14 });

        IncrementalValuesProvider<GeneratedLayoutSource> sources = specs
            .Select(static (set, _) => set.Resolve())
            .WithTrackingName(TrackingNames.Resolve)
            .Where(static layout => layout.IsValidForGeneration)
            .WithTrackingName(TrackingNames.Valid)
            .Combine(recordExtensions)
            .Select(static (pair, _) => LayoutEmitter.Emit(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(sources, static (output, source) => output.AddSource(source.HintName, source.Text));
    }
}
