using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Generator.Tests.Infrastructure;

/// <summary>Compiles user code against .NET 10 reference assemblies and the runtime, and runs the generator over it.</summary>
internal static class GeneratorHarness
{
    /// <summary>Documentation diagnostics on, as in a project that generates its XML docs: every public generated member must be documented.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The options of a strict user project: nullable on, every warning level, warnings as errors, unsafe off.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithWarningLevel(9999)
        .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithDeterministic(true);

    public static IReadOnlyList<MetadataReference> References { get; } =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(MappedLayoutAttribute).Assembly.Location)];

    public static CSharpCompilation Compile(string assemblyName, params string[] sources) =>
        Compile(assemblyName, CompilationOptions, sources);

    public static CSharpCompilation Compile(string assemblyName, CSharpCompilationOptions options, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"User{i}.cs")),
            References,
            options);

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new LayoutGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the output compilation and the generator's result.</summary>
    public static (Compilation Output, GeneratorRunResult Result) Run(string assemblyName, params string[] sources) =>
        Run(Compile(assemblyName, sources));

    public static (Compilation Output, GeneratorRunResult Result) Run(CSharpCompilation input)
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.Empty(diagnostics);
        GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        return (output, result);
    }

    /// <summary>
    /// Every warning or error of the output compilation (warnings are errors here), except missing XML docs in the test's own
    /// inputs (files named <c>User*.cs</c>): generated code must document every public member, test inputs need not.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => !(d.Id == "CS1591" && d.Location.SourceTree?.FilePath.StartsWith("User", StringComparison.Ordinal) == true))
            .ToArray();

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
