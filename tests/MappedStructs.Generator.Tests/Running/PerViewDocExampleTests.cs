using System;
using System.IO;
using System.Linq;
using System.Reflection;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>The per-view example in docs/layouts.md compiles as written and reads a header in the order its data names.</summary>
public class PerViewDocExampleTests
{
    [Fact]
    public void The_tiff_example_reads_both_byte_orders()
    {
        // Reflection cannot pass a span, so a wrapper takes the array.
        using var assembly = RunnableAssembly.Build("PerViewDocExample", ExampleSource(), "public static class Run { public static uint First(byte[] file) => Tiff.FirstDirectory(file); }");
        byte[] motorola = [(byte)'M', (byte)'M', 0, 42, 0, 0, 1, 8];
        byte[] intel = [(byte)'I', (byte)'I', 42, 0, 8, 1, 0, 0];
        Assert.Equal(264u, assembly.Call("Run", "First", motorola));
        Assert.Equal(264u, assembly.Call("Run", "First", intel));
        Assert.Throws<InvalidOperationException>(() => assembly.Call("Run", "First", new byte[8]));
    }

    private static string ExampleSource()
    {
        string projectDirectory = typeof(PerViewDocExampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;
        string doc = File.ReadAllText(Path.Combine(projectDirectory, "..", "..", "docs", "layouts.md"));
        int at = doc.IndexOf("public partial record struct TiffHeader", StringComparison.Ordinal);
        int start = doc.LastIndexOf("```csharp\n", at, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = doc.IndexOf("```", at, StringComparison.Ordinal);
        return doc[start..end];
    }
}
