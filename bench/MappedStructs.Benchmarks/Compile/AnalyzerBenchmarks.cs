using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;
using MappedStructs.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Benchmarks.Compile;

/// <summary>
/// What the MappedStructs analyzers add to compiling the synthetic project (1,000 layouts, their generated code and their
/// uses). Running analyzers at all has a cost of its own: <c>CompilationWithAnalyzers</c> works on its own copy of the
/// compilation, so the project is bound twice (once for the analyzers, once for Emit). The baseline therefore runs the
/// same driver with a no-op analyzer and then emits; <see cref="CompileWithAnalyzers"/> differs from it only in which
/// analyzers run, so the difference is what ours cost. <see cref="CompileWithoutAnalyzers"/> is the plain compile, for
/// scale. Each invocation starts from a fresh compilation (nothing bound yet).
/// </summary>
[FewIterations]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<Diagnostic> _lastFound = [];
    private CompilationWithAnalyzers? _lastRun;

    /// <summary>Runs the generator once, keeps its output compilation, and loads every analyzer.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        CSharpGeneratorDriver.Create(new LayoutGenerator())
            .RunGeneratorsAndUpdateCompilation(SyntheticProject.Create(BenchSettings.LayoutCount), out _compilation, out _);
        _analyzers = [.. typeof(MappedStructs.Analyzers.Declarations.DeclarationAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
        if (_analyzers.IsEmpty)
        {
            throw new InvalidOperationException("MappedStructs.Analyzers holds no analyzer.");
        }

        // GeneratorBenchmarks checks that this project compiles without errors; checking here too would cost a compile.
    }

    /// <summary>Logs what the analyzers reported on the last measured compile, and each one's own execution time.</summary>
    [GlobalCleanup]
    public void CleanUp()
    {
        if (_lastRun is null || _lastFound.IsEmpty)
        {
            return; // a baseline process
        }

        string times = string.Join(", ", _analyzers.Select(a =>
            $"{a.GetType().Name} {_lastRun.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds:F0} ms"));
        Console.WriteLine($"// MappedStructs analyzers: {_analyzers.Length} analyzers ({times}), " +
            $"{_lastFound.Length} diagnostics on {BenchSettings.LayoutCount} synthetic layouts and their uses (" +
            string.Join(", ", _lastFound.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}: {g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")) + ")");
    }

    /// <summary>The plain compile to IL, no analyzer driver: for scale.</summary>
    [Benchmark]
    public long CompileWithoutAnalyzers()
    {
        Compilation fresh = _compilation.Clone();
        using MemoryStream il = new();
        return fresh.Emit(il).Success ? il.Length : -1;
    }

    /// <summary>The baseline: the analyzer driver with a no-op analyzer over all of the project, then the compile to IL.</summary>
    [Benchmark(Baseline = true)]
    public long CompileWithNoOpAnalyzer() => CompileWith([new NoOpAnalyzer()], keep: false);

    /// <summary>The same with every MappedStructs analyzer instead of the no-op one.</summary>
    [Benchmark]
    public long CompileWithAnalyzers() => CompileWith(_analyzers, keep: true);

    // Both variants log execution times (the same options, so the same driver work); the telemetry is read in CleanUp,
    // outside the measured time.
    private long CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers, bool keep)
    {
        Compilation fresh = _compilation.Clone();
        CompilationWithAnalyzers withAnalyzers = fresh.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        ImmutableArray<Diagnostic> found = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (keep)
        {
            _lastFound = found;
            _lastRun = withAnalyzers;
        }

        using MemoryStream il = new();
        return fresh.Emit(il).Success ? il.Length + found.Length : -1;
    }

    /// <summary>
    /// Does nothing with what it is given, but asks for the kinds of things ours ask for: every named type, every operation
    /// block and the operation kinds ours look at, so the driver binds every method body and builds its operation tree (as the SDK's own analyzers make it
    /// do in any real build or IDE session). The difference to <see cref="CompileWithAnalyzers"/> is our analysis alone.
    /// </summary>
    // Handed to the driver in this process only, never loaded by a compiler, so the rules for shipped analyzers
    // (netstandard2.0, extended analyzer rules, release tracking) do not apply.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_unused = new("BENCH0001", "unused", "unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_unused];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None); // as ours
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
            context.RegisterOperationBlockAction(static _ => { });
            context.RegisterOperationAction(
                static _ => { },
                OperationKind.Invocation,
                OperationKind.PropertyReference,
                OperationKind.ArrayElementReference,
                OperationKind.DefaultValue,
                OperationKind.ObjectCreation);
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
