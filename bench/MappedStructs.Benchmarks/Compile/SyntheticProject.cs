using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Benchmarks.Compile;

/// <summary>
/// A synthetic user project for the compile-time benchmarks: <c>count</c> [MappedLayout] record structs, one file each, with
/// a class of uses beside each (read through ReadOnlyRef, write through Ref, Load), referencing .NET 10 and the runtime.
/// The layouts vary in field types, order and size so no two are the same text.
/// </summary>
internal static class SyntheticProject
{
    private static readonly string[] s_scalarTypes = ["long", "double", "int", "uint", "short", "ushort", "byte", "float", "ulong", "sbyte"];

    /// <summary>The compilation of <paramref name="count"/> layouts and their uses, before any generator ran.</summary>
    public static CSharpCompilation Create(int count)
    {
        CSharpParseOptions parse = CSharpParseOptions.Default; // the driver parses generated files with the default options too
        List<SyntaxTree> trees = [];
        for (int i = 0; i < count; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Layout(i), parse, path: $"Layouts/L{i:D4}.cs", encoding: Encoding.UTF8));
        }

        return CSharpCompilation.Create(
            "SyntheticLayouts",
            trees,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(MappedLayoutAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The same compilation with layout 0's file edited (a comment added): the incremental-edit case.</summary>
    public static CSharpCompilation WithOneEdit(CSharpCompilation compilation)
    {
        SyntaxTree first = compilation.SyntaxTrees.First();
        SyntaxTree edited = first.WithChangedText(first.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// edited\n")));
        return compilation.ReplaceSyntaxTree(first, edited);
    }

    private static string Layout(int i)
    {
        // Fields: an 8-byte key, then five scalars of rotating types, each at its natural alignment, then the size rounded to 8.
        string name = "L" + i.ToString("D4", CultureInfo.InvariantCulture);
        StringBuilder fields = new();
        StringBuilder reads = new();
        int offset = 8;
        fields.AppendLine("    [Field(0)] public long Key { get; init; }");
        reads.Append("(double)r.Key");
        for (int f = 0; f < 5; f++)
        {
            string type = s_scalarTypes[(i + (f * 3)) % s_scalarTypes.Length];
            int size = SizeOf(type);
            offset = (offset + size - 1) / size * size;
            fields.AppendLine(CultureInfo.InvariantCulture, $"    [Field({offset})] public {type} F{f} {{ get; init; }}");
            reads.Append(CultureInfo.InvariantCulture, $" + r.F{f}");
            offset += size;
        }

        int total = (offset + 7) / 8 * 8;
        return $$"""
            using MappedStructs;

            namespace Synthetic;

            [MappedLayout(Size = {{total}})]
            public partial record struct {{name}}
            {
            {{fields}}}

            public static class {{name}}Uses
            {
                public static double Read(MappedView view, long offset)
                {
                    {{name}}.ReadOnlyRef r = {{name}}.ReadOnlyRef.From(view, offset);
                    return {{reads}};
                }

                public static void Write(MappedView view, long offset, long key)
                {
                    {{name}}.Ref w = {{name}}.Ref.From(view, offset);
                    w.Key = key;
                }

                public static {{name}} Load(MappedView view, long offset) => {{name}}.ReadOnlyRef.From(view, offset).Load();
            }
            """;
    }

    private static int SizeOf(string type) => type switch
    {
        "long" or "double" or "ulong" => 8,
        "int" or "uint" or "float" => 4,
        "short" or "ushort" => 2,
        _ => 1,
    };
}
