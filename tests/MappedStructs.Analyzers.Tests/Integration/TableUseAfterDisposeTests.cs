using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Analyzers.Tests.Integration;

/// <summary>MAPS0106 for records taken from a typed table, the table disposed, then the record used.</summary>
public sealed class TableUseAfterDisposeTests
{
    private static Task<ImmutableArray<Diagnostic>> RunAsync(string body) => GeneratedProgram.AnalyzeAsync($$"""
        using System;
        using MappedStructs;

        public static class Program
        {
            public static double Run(string path)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public async Task Record_from_the_indexer_used_after_an_explicit_dispose_is_reported()
    {
        ImmutableArray<Diagnostic> diagnostics = await RunAsync("""
                    var table = MappedTable<Trade>.Open(path, MapAccess.ReadWrite);
                    var first = table[0];
                    Trade.Ref second = table[1];
                    table.Dispose();
                    return first.Load().Price + second.Price;
            """);
        Assert.Equal(
            [
                "MAPS0106 12:16 'first' 'first' is used after 'table', which it comes from, was disposed (line 11); the memory may already be unmapped",
                "MAPS0106 12:37 'second' 'second' is used after 'table', which it comes from, was disposed (line 11); the memory may already be unmapped",
            ],
            GeneratedProgram.Describe(diagnostics));
    }

    [Fact]
    public async Task Read_only_table_records_and_enumerator_currents_used_after_the_using_scope_are_reported()
    {
        ImmutableArray<Diagnostic> diagnostics = await RunAsync("""
                    Trade.ReadOnlyRef kept;
                    ReadOnlyMappedRecord<Trade> current;
                    using (var table = ReadOnlyMappedTable<Trade>.Open(path))
                    {
                        kept = table.GetEnumerator().Current;
                        var e = table.GetEnumerator();
                        e.MoveNext();
                        current = e.Current;
                    }

                    return kept.Price + current.Load().Price;
            """);
        Assert.Equal(
            [
                "MAPS0106 18:16 'kept' 'kept' is used after 'table', which it comes from, was disposed (line 16); the memory may already be unmapped",
                "MAPS0106 18:29 'current' 'current' is used after 'table', which it comes from, was disposed (line 16); the memory may already be unmapped",
            ],
            GeneratedProgram.Describe(diagnostics));
    }

    [Fact]
    public async Task Record_from_a_using_var_table_in_an_inner_block_is_reported()
    {
        ImmutableArray<Diagnostic> diagnostics = await RunAsync("""
                    ReadOnlyMappedRecord<Trade> first;
                    {
                        using var table = MappedTable<Trade>.Open(path, MapAccess.Read);
                        first = table.GetReadOnly(0);
                    }

                    return first.Load().Price;
            """);
        Assert.Equal(
            ["MAPS0106 14:16 'first' 'first' is used after 'table', which it comes from, was disposed (line 12); the memory may already be unmapped"],
            GeneratedProgram.Describe(diagnostics));
    }

    [Fact]
    public async Task Copies_and_uses_before_the_dispose_are_not_reported()
    {
        ImmutableArray<Diagnostic> diagnostics = await RunAsync("""
                    var table = MappedTable<Trade>.Open(path, MapAccess.ReadWrite);
                    var first = table[0];
                    Trade copy = first.Load();
                    double price = first.Load().Price;
                    long count = table.Count;
                    table.Dispose();
                    return copy.Price + price + count;
            """);
        Assert.Empty(GeneratedProgram.Describe(diagnostics));
    }
}
