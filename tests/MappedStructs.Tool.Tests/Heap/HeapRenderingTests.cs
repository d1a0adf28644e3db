using System;
using MappedStructs.TestSupport;
using MappedStructs.Tool.Tests.Layouts;

namespace MappedStructs.Tool.Tests.Heap;

/// <summary>The renderers on a layout with variable-length fields: each says what the record holds and how to reach the value.</summary>
public sealed class HeapRenderingTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-heap-render-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_Arrow_schema_names_string_binary_and_list()
    {
        Assert.Equal(
            "Id: int64 not null\nBody: string not null\nPayload: binary not null\nTags: list<item: int32 not null> not null\n",
            LayoutRendering.ArrowSchema(LayoutInfo.Of<Note>()));
        Assert.Contains("Tags: list<item: int64 not null> not null", LayoutRendering.ArrowSchema(LayoutInfo.Of<NoteBig>()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_C_header_holds_each_reference_as_uint64_with_a_comment_and_the_decoding_inlines()
    {
        string header = LayoutRendering.CHeader(LayoutInfo.Of<Note>());

        Assert.Contains("    uint64_t Body; /* uint64, the heap reference of UTF-8 text (see mappedstructs_heap_offset and mappedstructs_heap_length) */", header, StringComparison.Ordinal);
        Assert.Contains("    uint64_t Tags; /* uint64, the heap reference of an array of int32 in the layout's byte order", header, StringComparison.Ordinal);
        Assert.Contains("static inline uint64_t mappedstructs_heap_offset(uint64_t ref) { return (ref >> 28) * 8; }", header, StringComparison.Ordinal);
        Assert.Contains("static inline uint32_t mappedstructs_heap_length(uint64_t ref) { return (uint32_t)(ref & 0xFFFFFFFu); }", header, StringComparison.Ordinal);
        Assert.Contains("#define MAPPEDSTRUCTS_HEAP_HEADER 4096", header, StringComparison.Ordinal);
        Assert.DoesNotContain("mappedstructs_heap", LayoutRendering.CHeader(LayoutInfo.Of<Trade>()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_numpy_dtype_reads_references_as_u8_and_says_how_to_resolve_them()
    {
        string dtype = LayoutRendering.NumpyDtype(LayoutInfo.Of<NoteBig>());

        Assert.Contains("'formats': ['>i8', '>u8', '>u8', '>u8'],", dtype, StringComparison.Ordinal);
        Assert.Contains("# Body, Payload, Tags: '>u8' heap references into the table's heap file", dtype, StringComparison.Ordinal);
        Assert.Contains("heap[4096 + (ref >> 28) * 8 :][: ref & 0xFFFFFFF]", dtype, StringComparison.Ordinal);
        Assert.DoesNotContain("#", LayoutRendering.NumpyDtype(LayoutInfo.Of<Trade>()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_CSharp_declaration_renders_Text_Blob_and_VarArray_members()
    {
        string declaration = LayoutRendering.CSharpDeclaration(LayoutInfo.Of<Note>());

        Assert.Contains("    [Field(8), Text] public string Body { get; init; }", declaration, StringComparison.Ordinal);
        Assert.Contains("    [Field(16), Blob] public byte[] Payload { get; init; }", declaration, StringComparison.Ordinal);
        Assert.Contains("    [Field(24), VarArray] public int[] Tags { get; init; }", declaration, StringComparison.Ordinal);
    }

    [Fact]
    public void The_C_header_of_a_var_layout_compiles_with_gcc()
    {
        string? whyNot = ExternalTools.WhyNoGcc();
        Assert.SkipWhen(whyNot is not null, whyNot ?? string.Empty);

        // Two var headers together: the shared inlines are defined once.
        System.IO.File.WriteAllText(_dir.File("note.h"), LayoutRendering.CHeader(LayoutInfo.Of<Note>()) + LayoutRendering.CHeader(LayoutInfo.Of<NoteBig>()));
        System.IO.File.WriteAllText(
            _dir.File("note.c"),
            "#include \"note.h\"\nint main(void) { struct Note n = {0}; n.Body = (3ULL << 28) | 5; return (int)(mappedstructs_heap_offset(n.Body) + mappedstructs_heap_length(n.Body)) - 29; }\n");

        ProcessOutcome compiled = ProcessLauncher.Run(
            ProcessLauncher.StartInfo("gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-o", _dir.File("note"), _dir.File("note.c")),
            TimeSpan.FromMinutes(2));
        Assert.True(compiled.ExitCode == 0, "gcc failed:\n" + compiled.OutputAndErrors);
        Assert.Equal(0, ProcessLauncher.Run(ProcessLauncher.StartInfo(_dir.File("note")), TimeSpan.FromMinutes(1)).ExitCode);
    }
}
