using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

public sealed class ViewAccessTests
{
    [Fact]
    public async Task Misaligned_read_is_a_warning()
        => await Verify.VerifyWithTradeAsync(
            Method("return anyView.Read<long>({|#0:4|});"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedViewAccess).WithLocation(0).WithArguments(4L, 4L, 8, "long"));

    [Fact]
    public async Task Misalignment_counts_the_view_offset_the_method_shows()
        => await Verify.VerifyWithTradeAsync(
            Method("var view = file.CreateView(4, 64); view.Write<int>({|#0:2|}, 1); return view.Read<long>(4);"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedViewAccess).WithLocation(0).WithArguments(2L, 6L, 4, "int"));

    [Fact]
    public async Task Aligned_accesses_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                anyView.Write<int>(4, 1);
                anyView.GetRef<short>(6) = 2;
                long sum = anyView.Read<byte>(3) + (long)anyView.GetReadOnlyRef<double>(16) + anyView.Read<long>(n);
                return sum + Interlocked.Add(ref anyView.GetRef<long>(8), 1);
        """));

    [Fact]
    public async Task Interlocked_at_a_misaligned_offset_is_an_error()
        => await Verify.VerifyWithTradeAsync(
            Method("return Interlocked.Add(ref anyView.GetRef<long>({|#0:12|}), 1);"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedAtomicAccess).WithLocation(0).WithArguments("Interlocked.Add", 12L, 12L, 8, "long"));

    [Fact]
    public async Task Volatile_at_a_misaligned_offset_is_an_error()
        => await Verify.VerifyWithTradeAsync(
            Method("return Volatile.Read(ref anyView.GetRef<int>({|#0:2|}));"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedAtomicAccess).WithLocation(0).WithArguments("Volatile.Read", 2L, 2L, 4, "int"));

    [Fact]
    public async Task Read_past_a_view_of_constant_length_is_an_error()
        => await Verify.VerifyWithTradeAsync(
            Method("var view = file.CreateView(0, 64); return view.Read<long>({|#0:64|});"),
            Verify.Diagnostic(DiagnosticDescriptors.ViewAccessOutOfRange).WithLocation(0).WithArguments(8L, 64L, 72L, 64L));

    [Fact]
    public async Task Span_and_Ref_past_a_view_of_constant_length_are_errors()
        => await Verify.VerifyWithTradeAsync(
            Method("""
                var view = file.CreateView(0, 64);
                var span = view.GetSpan({|#0:60|}, 8);
                var trade = Trade.ReadOnlyRef.From(view, {|#1:32|});
                return span.Length + trade.Id;
        """),
            Verify.Diagnostic(DiagnosticDescriptors.ViewAccessOutOfRange).WithLocation(0).WithArguments(8L, 60L, 68L, 64L),
            Verify.Diagnostic(DiagnosticDescriptors.ViewAccessOutOfRange).WithLocation(1).WithArguments(48L, 32L, 80L, 64L));

    [Fact]
    public async Task Accesses_inside_the_view_or_of_unknown_length_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var view = file.CreateView(0, 64);
                var other = file.CreateView(0, n);
                var trade = Trade.Ref.From(view, 16);
                return view.Read<long>(56) + other.Read<long>(4096) + anyView.Read<long>(1 << 20) + trade.Id;
        """));

    [Fact]
    public async Task A_whole_file_view_starts_at_offset_zero()
        => await Verify.VerifyWithTradeAsync(
            Method("var view = file.CreateView(); var sub = view.CreateView(8, 16); return sub.Read<int>({|#0:2|}) + view.Read<long>(8);"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedViewAccess).WithLocation(0).WithArguments(2L, 10L, 4, "int"));

    [Fact]
    public async Task A_record_at_a_misaligned_offset_is_a_warning()
        => await Verify.VerifyWithTradeAsync(
            Method("var view = file.CreateView(0, 4096); return Trade.ReadOnlyRef.From(view, {|#0:4|}).Id + Trade.Ref.From(view, 48).Id;"),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedViewAccess).WithLocation(0).WithArguments(4L, 4L, 8, "Trade"));

    [Fact]
    public async Task A_record_with_an_atomic_field_at_a_misaligned_offset_is_an_error()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using MappedStructs;

                [MappedLayout]
                public partial record struct Counter
                {
                    [Atomic] public long Value { get; init; }
                }

                public static class Program
                {
                    public static long Run(MappedView view) => Counter.Ref.From(view, {|#0:12|}).Value + Counter.Ref.From(view, 16).Value;
                }
                """,
        };
        test.TestState.Sources.Add(("Counter.g.cs", """
            // <auto-generated/>
            using MappedStructs;

            partial record struct Counter
            {
                [System.CodeDom.Compiler.GeneratedCode("MappedStructs.Generator", "1.0")]
                public ref struct Ref
                {
                    public static Ref From(MappedView view, long offset) => default;
                    public long Value => 0;
                }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.MisalignedAtomicAccess).WithLocation(0)
            .WithArguments("Counter.Ref.From", 12L, 12L, 8, "Counter"));
        await test.RunAsync(System.Threading.CancellationToken.None);
    }

    // The engine counts an [Atomic] field inside a nested layout: the outer record's interlocked fields lose atomicity too.
    [Fact]
    public async Task A_record_that_nests_an_atomic_field_at_a_misaligned_offset_is_an_error()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using MappedStructs;

                [MappedLayout]
                public partial record struct Counter
                {
                    [Atomic] public long Value { get; init; }
                }

                [MappedLayout]
                public partial record struct Shard
                {
                    public int Id { get; init; }
                    public Counter Hits { get; init; }
                }

                public static class Program
                {
                    public static long Run(MappedView view) => Shard.Ref.From(view, {|#0:12|}).Id + Shard.Ref.From(view, 16).Id;
                }
                """,
        };
        test.TestState.Sources.Add(("Shard.g.cs", """
            // <auto-generated/>
            using MappedStructs;

            partial record struct Shard
            {
                [System.CodeDom.Compiler.GeneratedCode("MappedStructs.Generator", "1.0")]
                public ref struct Ref
                {
                    public static Ref From(MappedView view, long offset) => default;
                    public int Id => 0;
                }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.MisalignedAtomicAccess).WithLocation(0)
            .WithArguments("Shard.Ref.From", 12L, 12L, 8, "Shard"));
        await test.RunAsync(System.Threading.CancellationToken.None);
    }
}
