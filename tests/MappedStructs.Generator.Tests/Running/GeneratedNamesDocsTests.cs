using System;
using System.IO;
using System.Runtime.CompilerServices;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>The example of docs/layouts.md's "Generated names" section compiles and does what its comments say.</summary>
public class GeneratedNamesDocsTests
{
    [Fact]
    public void The_ELF_and_RIFF_example_compiles_and_runs()
    {
        string docs = File.ReadAllText(DocsPath());
        int section = docs.IndexOf("## Generated names", StringComparison.Ordinal);
        int start = docs.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        string code = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        int statements = code.IndexOf("byte[] table", StringComparison.Ordinal);
        string source = "using System;\n" + code[..statements].Replace("using MappedStructs;", "using MappedStructs;\nnamespace DocsExample;", StringComparison.Ordinal)
            + "public static class Probe\n{\n    public static string Run()\n    {\n" + code[statements..]
            + "        return $\"{sectionBytes} {headerBytes} {chunk.Size} {SectionHeader.Size_} {ChunkHeader.Size_}\";\n    }\n}\n";

        using var assembly = RunnableAssembly.Build("DocsExample", source);
        Assert.Equal("4096 64 4 64 8", assembly.Call("DocsExample.Probe", "Run"));
    }

    private static string DocsPath([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(SourcePaths.DirectoryOf(path), "..", "..", "..", "docs", "layouts.md"));
}
