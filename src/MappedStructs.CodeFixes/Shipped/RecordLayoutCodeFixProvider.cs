using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers;
using MappedStructs.Analyzers.Shipped;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MappedStructs.CodeFixes.Shipped;

/// <summary>
/// MAPS0039: records the layout's current version in <c>MappedLayouts.Unshipped.txt</c> (while it may still change) or
/// in <c>MappedLayouts.Shipped.txt</c> (when it ships, moving it out of the unshipped file). The analyzer writes the
/// entry into the diagnostic; the fix places it. Fix All records every reported layout of its scope in one edit per file.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecordLayoutCodeFixProvider)), Shared]
public sealed class RecordLayoutCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of "record as shipped".</summary>
    internal const string ShippedKey = "MappedStructs.RecordLayoutShipped";

    /// <summary>The equivalence key of "record as unshipped".</summary>
    internal const string UnshippedKey = "MappedStructs.RecordLayoutUnshipped";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.LayoutVersionNotRecorded.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => new RecordAllProvider();

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Project project = context.Document.Project;
        if (!await LayoutRecording.CanRecordAsync(project, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (LayoutRecording.EntryOf(diagnostic) is not { } record)
            {
                continue;
            }

            foreach (bool asShipped in new[] { false, true })
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Record version {record.Version} of '{record.Name}' as {(asShipped ? "shipped" : "unshipped")}",
                        ct => LayoutRecording.RecordAsync(project.Solution, project.Id, [record], asShipped, ct),
                        asShipped ? ShippedKey : UnshippedKey),
                    diagnostic);
            }
        }
    }

    // Roslyn's batch Fix All merges document edits; these edits are to additional files, so the entries of the whole scope
    // are gathered per project and each file is written once.
    private sealed class RecordAllProvider : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            bool asShipped = fixAllContext.CodeActionEquivalenceKey == ShippedKey;
            string title = asShipped ? "Record every layout's current version as shipped" : "Record every layout's current version as unshipped";
            return Task.FromResult<CodeAction?>(CodeAction.Create(title, ct => RecordAllAsync(fixAllContext, asShipped, ct), fixAllContext.CodeActionEquivalenceKey));
        }

        private static async Task<Solution> RecordAllAsync(FixAllContext context, bool asShipped, CancellationToken cancellationToken)
        {
            Solution solution = context.Solution;
            foreach (Project project in ProjectsOf(context))
            {
                ImmutableArray<Diagnostic> diagnostics = context.Scope == FixAllScope.Document && context.Document is { } document
                    ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                    : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                var records = diagnostics
                    .Where(diagnostic => diagnostic.Id == DiagnosticDescriptors.LayoutVersionNotRecorded.Id)
                    .Select(LayoutRecording.EntryOf)
                    .OfType<LayoutRecord>()
                    .ToList();
                solution = await LayoutRecording.RecordAsync(solution, project.Id, records, asShipped, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }

        private static IEnumerable<Project> ProjectsOf(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Solution => context.Solution.Projects,
            _ => [context.Project],
        };
    }
}
