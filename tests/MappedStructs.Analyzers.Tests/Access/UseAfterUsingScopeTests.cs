using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

/// <summary>MAPS0106 where the dispose is the end of a <c>using</c> scope rather than a <c>Dispose()</c> call.</summary>
public sealed class UseAfterUsingScopeTests
{
    [Fact]
    public async Task Ref_from_a_using_var_in_an_inner_block_read_after_the_block_is_reported()
    {
        string source = Method("""
                Trade.Ref trade;
                {
                    using var view = file.CreateView(0, 64);
                    trade = Trade.Ref.From(view, 0);
                    trade.Id = 1;
                }

                return {|#0:trade|}.Id;
        """);
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("trade", "view", LineOf(source, "        }")));
    }

    [Fact]
    public async Task Span_from_a_using_var_in_an_if_body_read_after_the_if_is_reported()
    {
        string source = Method("""
                Span<byte> bytes;
                if (n > 0)
                {
                    using var view = file.CreateView(0, 64);
                    bytes = view.GetSpan(0, 8);
                }
                else
                {
                    return 0;
                }

                return {|#0:bytes|}[0];
        """);
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("bytes", "view", LineOf(source, "        }\n        else")));
    }

    [Fact]
    public async Task Ref_from_a_using_statement_read_after_the_statement_is_reported()
    {
        string source = Method("""
                Trade.ReadOnlyRef trade;
                using (var view = file.CreateView(0, 64))
                {
                    trade = Trade.ReadOnlyRef.From(view, 0);
                }

                return {|#0:trade|}.Id;
        """);
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("trade", "view", LineOf(source, "        }")));
    }

    [Fact]
    public async Task Uses_inside_the_using_scope_or_of_a_reassigned_local_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                long total = 0;
                Trade.Ref trade = default;
                {
                    using var view = file.CreateView(0, 64);
                    var inner = Trade.Ref.From(view, 0);
                    total += inner.Id;
                    trade = Trade.Ref.From(view, 0);
                }

                using (var outer = file.CreateView(0, 64))
                {
                    total += Trade.Ref.From(outer, 0).Id;
                }

                using var last = file.CreateView(0, 64);
                var kept = Trade.Ref.From(last, 0);
                return total + trade.Id + kept.Id;
        """));
}
