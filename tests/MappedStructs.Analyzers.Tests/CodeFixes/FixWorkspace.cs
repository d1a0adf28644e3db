using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

/// <summary>
/// Code fixes applied as the IDE applies them, through a workspace: the declaration analyzer's diagnostics, the actions a
/// provider registers for one of them, and Fix All started from one with the diagnostic IDs the caller names.
/// </summary>
internal static class FixWorkspace
{
    internal static Document Create(string source)
    {
        Project project = new AdhocWorkspace().AddProject("Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Preview))
            .WithMetadataReferences(TestReferences.All);
        return project.AddDocument("Test.cs", source);
    }

    internal static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DeclarationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    internal static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    /// <summary>Fix All in <paramref name="document"/> for the diagnostics of <paramref name="ids"/>, or null when none is offered.</summary>
    internal static async Task<CodeAction?> FixAllAsync(
        Document document, CodeFixProvider provider, IEnumerable<Diagnostic> diagnostics, string equivalenceKey, params string[] ids)
    {
        var context = new FixAllContext(
            document, provider, FixAllScope.Document, equivalenceKey, ids, new Diagnostics(diagnostics.Where(d => ids.Contains(d.Id))), CancellationToken.None);
        return await provider.GetFixAllProvider()!.GetFixAsync(context);
    }

    internal static async Task<string> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class Diagnostics(IEnumerable<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics);
    }
}
