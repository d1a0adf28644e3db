using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace MappedStructs.Generator.Tests.Infrastructure;

/// <summary>
/// User code plus the generator's output, compiled with the strict options, emitted to memory and loaded into a collectible
/// load context (the runtime assembly is shared with the test process). Dispose unloads it.
/// </summary>
internal sealed class RunnableAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private RunnableAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static RunnableAssembly Build(string name, params string[] sources)
    {
        // The test inputs carry no XML docs; generated code is still checked for them by the snapshot tests.
        CSharpCompilationOptions options = GeneratorHarness.CompilationOptions.WithSpecificDiagnosticOptions(
            GeneratorHarness.CompilationOptions.SpecificDiagnosticOptions.SetItem("CS1591", ReportDiagnostic.Suppress));
        (Compilation output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(name, options, sources));
        IReadOnlyList<Diagnostic> problems = GeneratorHarness.Problems(output);
        Assert.True(problems.Count == 0, GeneratorHarness.Describe(problems));
        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Describe(emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        return new RunnableAssembly(context, context.LoadFromStream(image));
    }

    public Type Type(string fullName) => Assembly.GetType(fullName, throwOnError: true)!;

    /// <summary>Invokes a public static method; exceptions surface unwrapped.</summary>
    public object? Call(string typeName, string method, params object?[] arguments)
    {
        MethodInfo target = Type(typeName).GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, method);
        try
        {
            return target.Invoke(null, arguments);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(wrapped.InnerException).Throw();
            throw;
        }
    }

    public object? Constant(string typeName, string name) => Type(typeName).GetField(name)!.GetRawConstantValue();

    public void Dispose() => _context.Unload();
}
