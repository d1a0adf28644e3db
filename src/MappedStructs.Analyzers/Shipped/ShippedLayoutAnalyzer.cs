using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Analyzers.Symbols;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Checks each layout against the versions <c>MappedLayouts.Shipped.txt</c> records (MAPS0036-MAPS0038, through
/// <see cref="LayoutCompatibility"/>, the rules a table file is opened by), reports the lines of a
/// <c>MappedLayouts.*.txt</c> file it cannot read (MAPS0035), a current version neither file records (MAPS0039, which
/// the code fix records), and a changed <c>Default</c> on a field whose reads give it (MAPS0043). A compilation with
/// neither file is checked for nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShippedLayoutAnalyzer : LayoutAnalyzer
{
    /// <summary>The diagnostic property holding the entry the declaration's current version would be recorded as.</summary>
    internal const string EntryKey = "MappedLayoutsEntry";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.LayoutRecordFileInvalid,
        DiagnosticDescriptors.ShippedLayoutBroken,
        DiagnosticDescriptors.FieldAddedWithoutSince,
        DiagnosticDescriptors.VersionNotRaised,
        DiagnosticDescriptors.LayoutVersionNotRecorded,
        DiagnosticDescriptors.ShippedDefaultChanged);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, LayoutSymbols symbols)
    {
        if (RecordedLayouts.Read(start.Options.AdditionalFiles, start.CancellationToken) is not { } recorded)
        {
            return;
        }

        start.RegisterAdditionalFileAction(c => ReportProblems(c, recorded));
        start.RegisterSymbolAction(c => Analyze(c, symbols, recorded), SymbolKind.NamedType);
    }

    private static void ReportProblems(AdditionalFileAnalysisContext context, RecordedLayouts recorded)
    {
        IReadOnlyList<LayoutRecordProblem> problems = recorded.ProblemsOf(context.AdditionalFile.Path);
        if (problems.Count == 0 || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        string name = System.IO.Path.GetFileName(context.AdditionalFile.Path);
        foreach (LayoutRecordProblem problem in problems)
        {
            TextLine line = text.Lines[problem.Line - 1];
            var location = Location.Create(context.AdditionalFile.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LayoutRecordFileInvalid, location, name, problem.Line, problem.Message));
        }
    }

    private static void Analyze(SymbolAnalysisContext context, LayoutSymbols symbols, RecordedLayouts recorded)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.GetLayoutAttribute(type) is not { } attribute)
        {
            return;
        }

        ResolvedLayout layout = LayoutSpecParser.ParseWithNested(type, context.CancellationToken).Resolve();
        if (!layout.IsValidForGeneration)
        {
            // The declaration analyzer reports what is wrong; a layout that generates nothing writes no file to break.
            return;
        }

        LayoutRecord current = LayoutRecordTables.FromDeclaration(layout);
        var locations = new DeclarationLocations(type, attribute, context.CancellationToken);
        IReadOnlyList<LayoutRecord> shipped = recorded.Shipped(current.Name);
        if (shipped.Count > 0)
        {
            new ShippedBreakReporter(context, type, locations).Report(layout, current, shipped);
            ShippedDefaultReporter.Report(context, type, locations, layout, current, shipped);
        }

        ReportUnrecorded(context, locations, recorded, current, shipped);
    }

    // The current version is recorded when a file lists it; a shipped one is judged by the rules above, never re-recorded.
    private static void ReportUnrecorded(SymbolAnalysisContext context, DeclarationLocations locations, RecordedLayouts recorded, LayoutRecord current, IReadOnlyList<LayoutRecord> shipped)
    {
        foreach (LayoutRecord version in shipped)
        {
            if (version.Version == current.Version)
            {
                return;
            }
        }

        string state;
        DiagnosticSeverity severity = DiagnosticSeverity.Warning;
        if (recorded.Unshipped(current.Name, current.Version) is { } unshipped)
        {
            if (unshipped.SameTable(current))
            {
                return;
            }

            state = $"differs from its entry in {LayoutRecordFiles.UnshippedFileName} line {unshipped.Line}";
        }
        else
        {
            state = $"is not recorded in {LayoutRecordFiles.ShippedFileName} or {LayoutRecordFiles.UnshippedFileName}";
            if (!recorded.IsListed(current.Name))
            {
                // A layout the files never listed is not checked; the suggestion offers the fix without failing a build.
                severity = DiagnosticSeverity.Info;
            }
        }

        var entry = new StringBuilder();
        LayoutRecordWriter.Append(entry, current);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(EntryKey, entry.ToString());
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.LayoutVersionNotRecorded, locations.TypeName(), severity, additionalLocations: null, properties, current.Version, current.Name, state));
    }
}
