using System;
using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using MappedStructs.Generator;
using MappedStructs.Tool.Tests.Layouts;
using MappedStructs.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// The C# declaration <c>mappedstructs schema --as csharp</c> prints is code that reads the file: compiled with the real
/// generator, its type has the table's layout (the same text and fingerprint), opens the table, and loads every record with the
/// values the original type reads. Both byte orders and every field kind the renderer emits.
/// </summary>
public sealed class RenderedDeclarationTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("trades")]
    [InlineData("wide")]
    [InlineData("wide-big")]
    [InlineData("notes")]
    [InlineData("notes-big")]
    public void The_rendered_declaration_compiles_through_the_generator_and_reads_the_table(string which)
    {
        string path = _dir.File(which + ".tbl");
        Func<long, object> original = which switch
        {
            "trades" => Loader<Trade>(TestTables.WriteTrades(path, 150)),
            "wide" => Loader<Wide>(TestTables.WriteWide(path, 150, bigEndian: false)),
            "notes" => Loader<Note>(Heap.NoteTables.Write(path, 150)),
            "notes-big" => Loader<NoteBig>(Heap.NoteTables.WriteBig(path, 150)),
            _ => Loader<WideBig>(TestTables.WriteWide(path, 150, bigEndian: true)),
        };
        var schema = ToolRun.Of("schema", path, "--as", "csharp");
        Assert.Equal(0, schema.ExitCode);
        using var described = DescribedTable.Open(path);

        // A nested layout's fields are not in the file: the declaration holds its bytes and says to declare it, and a user who
        // does as the comment says gets the file's layout.
        string declaration = which is "trades" or "notes" or "notes-big" ? schema.Output : WithNestedLayoutsDeclared(schema.Output);
        Compiled(declaration, described.Layout.Name, probe =>
        {
            var layout = (LayoutInfo)probe.GetMethod("Layout")!.Invoke(null, null)!;
            object[] records = (object[])probe.GetMethod("Read")!.Invoke(null, [path])!;

            Assert.Equal(described.Layout.Fingerprint, layout.Fingerprint);
            Assert.Equal(described.Layout.Describe(), layout.Describe());
            Assert.Equal(150, records.Length);
            for (int row = 0; row < records.Length; row++)
            {
                object expected = original(row);
                foreach (PropertyInfo property in Properties(expected.GetType()))
                {
                    PropertyInfo? rendered = records[row].GetType().GetProperty(property.Name);
                    Assert.True(rendered is not null, $"The rendered type has no property {property.Name}.");
                    Assert.Equal(Canonical(property.GetValue(expected)), Canonical(rendered.GetValue(records[row])));
                }
            }
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_declaration_with_its_nested_layouts_undeclared_compiles_and_is_refused_by_the_table_naming_the_file(bool bigEndian)
    {
        string path = TestTables.WriteWide(_dir.File("wide.tbl"), 10, bigEndian);
        var schema = ToolRun.Of("schema", path, "--as", "csharp");
        using var described = DescribedTable.Open(path);

        Compiled(schema.Output, described.Layout.Name, probe =>
        {
            TargetInvocationException e = Assert.Throws<TargetInvocationException>(() => probe.GetMethod("Read")!.Invoke(null, [path]));
            LayoutMismatchException mismatch = Assert.IsType<LayoutMismatchException>(e.InnerException);
            Assert.Contains(path, mismatch.Message, StringComparison.Ordinal);
            Assert.Contains(bigEndian ? "Nested     InnerBig       Point" : "Nested     Inner          Point", mismatch.Message, StringComparison.Ordinal);
        });
    }

    // Replaces each nested layout's placeholder bytes with the layout, as the placeholder's comment asks, and declares it.
    private static string WithNestedLayoutsDeclared(string declaration)
    {
        var placeholder = new Regex(@"\[Field\((\d+)\), FixedArray\(\d+\)\] public byte\[\] (\w+) \{ get; init; \} // (\w+)(?:\[(\d+)\])?: a nested layout[^\n]*");
        string nestedName = "";
        string completed = placeholder.Replace(declaration, match =>
        {
            nestedName = match.Groups[3].Value;
            return match.Groups[4].Success
                ? $"[Field({match.Groups[1].Value}), FixedArray({match.Groups[4].Value})] public {nestedName}[] {match.Groups[2].Value} {{ get; init; }}"
                : $"[Field({match.Groups[1].Value})] public {nestedName} {match.Groups[2].Value} {{ get; init; }}";
        });
        Assert.NotEqual(declaration, completed);
        string endian = nestedName.EndsWith("Big", StringComparison.Ordinal) ? "(Endian = Endianness.Big)" : string.Empty;
        return completed + $$"""

            [MappedLayout{{endian}}]
            public partial record struct {{nestedName}}
            {
                public int X { get; init; }
                public short Y { get; init; }
            }

            """;
    }

    // Every record of the table through the test's own generated type.
    private static Func<long, object> Loader<T>(string path)
        where T : struct, IMappedLayout<T>
    {
        using var table = ReadOnlyMappedTable<T>.Open(path);
        object[] records = new object[table.Count];
        for (long i = 0; i < records.Length; i++)
        {
            records[i] = table[i].Load();
        }

        return row => records[row];
    }

    // Compiles the source with a probe that opens the table as the rendered type, with the generator, and hands the probe's
    // type to the check; the assembly is unloaded after it.
    private static void Compiled(string declaration, string typeName, Action<Type> check)
    {
        var context = new AssemblyLoadContext("rendered", isCollectible: true);
        try
        {
            check(Compile(declaration, typeName, context).GetType("RenderedProbe", throwOnError: true)!);
        }
        finally
        {
            context.Unload();
        }
    }

    private static Assembly Compile(string declaration, string typeName, AssemblyLoadContext context)
    {
        string probe = $$"""
            using MappedStructs;

            public static class RenderedProbe
            {
                public static LayoutInfo Layout() => LayoutInfo.Of<global::{{typeName}}>();

                public static object[] Read(string path)
                {
                    using var table = ReadOnlyMappedTable<global::{{typeName}}>.Open(path);
                    var records = new object[table.Count];
                    for (long i = 0; i < records.Length; i++)
                    {
                        records[i] = table[i].Load();
                    }

                    return records;
                }
            }
            """;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        MetadataReference[] references = [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(MappedLayoutAttribute).Assembly.Location)];
        var compilation = CSharpCompilation.Create(
            "Rendered" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(declaration, parseOptions, "Declaration.cs"), CSharpSyntaxTree.ParseText(probe, parseOptions, "Probe.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        CSharpGeneratorDriver.Create(new LayoutGenerator()).WithUpdatedParseOptions(parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.True(generated.SyntaxTrees.Count() > 2, "the generator emitted nothing for the rendered declaration");

        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = generated.Emit(image);
        Assert.True(emitted.Success, "The rendered declaration does not compile:\n" + declaration + "\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    // A value as text both types agree on: an enum as its number, an array or nested layout element by element.
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string text => text,
        ReadOnlyMemory<byte> memory => Canonical(memory.ToArray()),
        Enum e => Convert.ToUInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable when value.GetType().IsPrimitive || value is Half or Int128 or UInt128 or decimal or DateTime or TimeSpan or Guid
            => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join("|", items.Cast<object?>().Select(Canonical)) + "]",
        _ when value.GetType().IsPrimitive => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => "{" + string.Join(",", Properties(value.GetType()).Select(p => p.Name + "=" + Canonical(p.GetValue(value)))) + "}",
    };

    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
}
