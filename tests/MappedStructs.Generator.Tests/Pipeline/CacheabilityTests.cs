using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>
/// The pipeline holds only equatable models: rerunning after an unrelated edit reuses every step, and no model holds a
/// Compilation, symbol, syntax node or location.
/// </summary>
public class CacheabilityTests
{
    private const string Layouts = """
        using MappedStructs;

        namespace Cache;

        [MappedLayout]
        public partial record struct Inner { public int A { get; init; } public short B { get; init; } }

        [MappedLayout(Size = 32)]
        public partial record struct Outer
        {
            [Field(0)] public long Id { get; init; }
            [Field(8)] public Inner In { get; init; }
            [Field(16), FixedArray(2)] public Inner[] Pair { get; init; }
        }

        [MappedLayout]
        public struct NotPartial { public int A { get; init; } }
        """;

    private static readonly string[] s_trackedSteps = [TrackingNames.Parse, TrackingNames.Resolve, TrackingNames.Valid, TrackingNames.Emit];

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(Func<CSharpCompilation, CSharpCompilation> edit)
    {
        CSharpCompilation compilation = GeneratorHarness.Compile("Cache", Layouts, "namespace Cache; public static class Other { public static int Value => 1; }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        GeneratorDriverRunResult first = driver.GetRunResult();
        driver = driver.RunGenerators(edit(compilation));
        return (first, driver.GetRunResult());
    }

    private static CSharpCompilation EditUnrelatedFile(CSharpCompilation compilation)
    {
        SyntaxTree other = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Other", StringComparison.Ordinal));
        SyntaxTree edited = other.WithChangedText(other.GetText().Replace(0, other.Length, "namespace Cache; public static class Other { public static int Value => 2; }"));
        return compilation.ReplaceSyntaxTree(other, edited);
    }

    [Fact]
    public void An_unrelated_edit_reuses_every_tracked_step()
    {
        (GeneratorDriverRunResult first, GeneratorDriverRunResult second) = RunTwice(EditUnrelatedFile);

        Assert.Equal(2, first.GeneratedTrees.Length);
        IReadOnlyDictionary<string, ImmutableArrayOfSteps> steps = Steps(second);
        foreach (string name in s_trackedSteps)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} did not run");
            foreach ((object _, IncrementalStepRunReason reason) in steps[name].Outputs)
            {
                Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name} output was {reason} after an unrelated edit");
            }
        }

        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_a_layout_reruns_its_steps()
    {
        (_, GeneratorDriverRunResult second) = RunTwice(compilation =>
        {
            SyntaxTree layouts = compilation.SyntaxTrees.First();
            return compilation.ReplaceSyntaxTree(layouts, layouts.WithChangedText(layouts.GetText().Replace(
                layouts.ToString().IndexOf("public short B", StringComparison.Ordinal), "public short B".Length, "public int B")));
        });

        Assert.Contains(Steps(second)[TrackingNames.Emit].Outputs, output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void No_model_holds_a_compilation_symbol_syntax_node_or_location()
    {
        (GeneratorDriverRunResult first, _) = RunTwice(EditUnrelatedFile);
        foreach ((string name, ImmutableArrayOfSteps step) in Steps(first))
        {
            foreach ((object value, _) in step.Outputs)
            {
                ForbiddenTypeWalker.AssertClean(value, name);
            }
        }
    }

    /// <summary>Our tracked steps only (the driver also tracks its own syntax steps).</summary>
    private static Dictionary<string, ImmutableArrayOfSteps> Steps(GeneratorDriverRunResult result)
    {
        GeneratorRunResult run = result.Results.Single();
        return run.TrackedSteps
            .Where(pair => s_trackedSteps.Contains(pair.Key))
            .ToDictionary(
                pair => pair.Key,
                pair => new ImmutableArrayOfSteps(pair.Value.SelectMany(step => step.Outputs).Select(o => (o.Value, o.Reason)).ToArray()));
    }

    private sealed record ImmutableArrayOfSteps((object Value, IncrementalStepRunReason Reason)[] Outputs);
}

/// <summary>Walks an object graph by reflection and fails on any Roslyn object that would pin a compilation.</summary>
internal static class ForbiddenTypeWalker
{
    private static readonly Type[] s_forbidden = [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SyntaxTree), typeof(SemanticModel)];

    public static void AssertClean(object? root, string step)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, step, seen);
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Type type = value.GetType();
        Assert.False(s_forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", seen);
            }
        }

        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Assert.False(s_forbidden.Any(f => f.IsAssignableFrom(field.FieldType)), $"{path}.{field.Name} is declared as {field.FieldType.FullName}");
                Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
            }
        }
    }
}

/// <summary>The walker itself must catch what it looks for.</summary>
public class ForbiddenTypeWalkerTests
{
    private sealed record Holder(string Name, object? Payload);

    [Fact]
    public void Walker_finds_a_location_hidden_in_a_model()
    {
        var model = new Holder("outer", new[] { new Holder("inner", Location.None) });
        Assert.ThrowsAny<Exception>(() => ForbiddenTypeWalker.AssertClean(model, "model"));
        ForbiddenTypeWalker.AssertClean(new Holder("clean", new[] { 1, 2 }), "model");
    }
}
