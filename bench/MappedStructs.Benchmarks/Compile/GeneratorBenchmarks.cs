using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;
using MappedStructs.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Benchmarks.Compile;

/// <summary>
/// The source generator over a synthetic project of 1,000 layouts (and their uses), driven by CSharpGeneratorDriver:
/// a cold run (new driver: parse, resolve and emit every layout) and a warm run after one file changed (what an IDE pays
/// per keystroke). Time is per run over all layouts.
/// </summary>
[FewIterations]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>Builds the synthetic compilation and checks once that the generator covers every layout without errors.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        int count = BenchSettings.LayoutCount;
        _compilation = SyntheticProject.Create(count);
        _edited = SyntheticProject.WithOneEdit(_compilation);
        _warm = CSharpGeneratorDriver.Create(new LayoutGenerator()).RunGeneratorsAndUpdateCompilation(_compilation, out Compilation output, out _);
        int generated = _warm.GetRunResult().GeneratedTrees.Length;
        Diagnostic[] errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToArray();
        if (generated < count || errors.Length > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic project does not compile: {generated} files generated for {count} layouts; first errors: {string.Join("; ", errors.Select(e => e.ToString()))}");
        }
    }

    /// <summary>A new driver over the whole project: every layout parsed, resolved and emitted.</summary>
    [Benchmark(Baseline = true)]
    public int ColdRun() =>
        CSharpGeneratorDriver.Create(new LayoutGenerator()).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The warm driver after one layout's file changed: the incremental pipeline should redo only that layout.</summary>
    [Benchmark]
    public int WarmRunAfterOneEdit() => _warm.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;
}
