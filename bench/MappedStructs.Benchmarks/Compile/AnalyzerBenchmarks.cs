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
/// uses): a full compile to IL without analyzers (the baseline) against the same compile with every analyzer of
/// MappedStructs.Analyzers run over it. Each invocation starts from a fresh compilation (nothing bound yet).
/// </summary>
[FewIterations]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<Diagnostic> _lastFound = [];

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

    /// <summary>Logs what the analyzers reported on the last measured compile (the count is part of what they cost).</summary>
    [GlobalCleanup]
    public void CleanUp() =>
        Console.WriteLine($"// MappedStructs analyzers: {_analyzers.Length} analyzers ({string.Join(", ", _analyzers.Select(a => a.GetType().Name))}), " +
            $"{_lastFound.Length} diagnostics on {BenchSettings.LayoutCount} synthetic layouts and their uses (" +
            string.Join(", ", _lastFound.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}: {g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")) + ")");

    /// <summary>Compile to IL without analyzers.</summary>
    [Benchmark(Baseline = true)]
    public long CompileWithoutAnalyzers()
    {
        Compilation fresh = _compilation.Clone();
        using MemoryStream il = new();
        return fresh.Emit(il).Success ? il.Length : -1;
    }

    /// <summary>The same compile with every MappedStructs analyzer run over all of the project.</summary>
    [Benchmark]
    public long CompileWithAnalyzers()
    {
        Compilation fresh = _compilation.Clone();
        CompilationWithAnalyzers withAnalyzers = fresh.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        _lastFound = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        using MemoryStream il = new();
        return fresh.Emit(il).Success ? il.Length + _lastFound.Length : -1;
    }
}
