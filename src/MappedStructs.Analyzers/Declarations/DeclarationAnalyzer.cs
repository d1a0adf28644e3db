using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MappedStructs.Analyzers.Symbols;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Declarations;

/// <summary>
/// Reports every problem of a <c>[MappedLayout]</c> declaration (MAPS0001-MAPS0025). The shared layout engine finds the
/// problems, exactly as the generator sees them; this analyzer only places them in the source.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclarationAnalyzer : LayoutAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartialStruct,
        DiagnosticDescriptors.UnsupportedFieldType,
        DiagnosticDescriptors.OverlappingFields,
        DiagnosticDescriptors.FieldPastSize,
        DiagnosticDescriptors.SizeTooSmall,
        DiagnosticDescriptors.MisalignedField,
        DiagnosticDescriptors.MisalignedAtomicField,
        DiagnosticDescriptors.SizeNotMultipleOfAlignment,
        DiagnosticDescriptors.PaddingBetweenFields,
        DiagnosticDescriptors.PaddingAtEnd,
        DiagnosticDescriptors.MixedOffsets,
        DiagnosticDescriptors.LengthNotPositiveConstant,
        DiagnosticDescriptors.Utf8OnNonString,
        DiagnosticDescriptors.FixedArrayOnNonArray,
        DiagnosticDescriptors.AtomicUnsupported,
        DiagnosticDescriptors.RecursiveLayout,
        DiagnosticDescriptors.GeneratedMemberCollision,
        DiagnosticDescriptors.InvalidLayoutArgument,
        DiagnosticDescriptors.ContainingTypeNotPartial,
        DiagnosticDescriptors.GenericLayout,
        DiagnosticDescriptors.NoFields,
        DiagnosticDescriptors.FieldNotSettable,
        DiagnosticDescriptors.LengthMissing,
        DiagnosticDescriptors.NestedLayoutInvalid,
        DiagnosticDescriptors.PerViewLayoutInFixedOrder,
        DiagnosticDescriptors.LayoutTooLarge,
        DiagnosticDescriptors.BitFieldInvalid,
        DiagnosticDescriptors.BitFieldsOverlap,
        DiagnosticDescriptors.BitContainersConflict,
        DiagnosticDescriptors.VersionOutOfRange,
        DiagnosticDescriptors.AddedFieldInsideOlderRecord,
        DiagnosticDescriptors.VersionedFieldUnsupported,
        DiagnosticDescriptors.VariableLengthLayoutNested,
        DiagnosticDescriptors.VariableLengthFieldInvalid,
        DiagnosticDescriptors.VarArrayElementUnsupported,
        DiagnosticDescriptors.MisalignedHeapReference,
        DiagnosticDescriptors.FileLocalLayout);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, LayoutSymbols symbols)
        => start.RegisterSymbolAction(c => Analyze(c, symbols), SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context, LayoutSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.GetLayoutAttribute(type) is not { } attribute)
        {
            return;
        }

        ResolvedLayout layout = LayoutSpecParser.ParseWithNested(type, context.CancellationToken).Resolve();
        if (layout.Violations.Count == 0)
        {
            return;
        }

        IReadOnlyList<IPropertySymbol> fields = LayoutSpecParser.FieldProperties(type);
        var locations = new DeclarationLocations(type, attribute, context.CancellationToken);
        // A class or ref struct is also reported as not partial by the engine; adding 'partial' would not make it valid,
        // so the one MAPS0001 says what it is.
        bool notAStruct = layout.Violations.Any(v => v.Kind == ViolationKind.NotAStruct);
        foreach (LayoutViolation violation in layout.Violations)
        {
            if (notAStruct && violation.Kind == ViolationKind.NotPartial)
            {
                continue;
            }

            if (ViolationDiagnostics.Create(violation, layout, fields, locations) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
