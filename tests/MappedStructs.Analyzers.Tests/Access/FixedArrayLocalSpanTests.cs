using System.Threading.Tasks;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.FixedArrayIndexAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

/// <summary>MAPS0101 through a local that holds a fixed array's span or element view, and through index-from-end constants.</summary>
public sealed class FixedArrayLocalSpanTests
{
    private static string Program(string body) => StandIns.TradeLayout + $$"""

        public static class Program
        {
            public static int Run(Trade.Ref trade, Trade.ReadOnlyRef readOnlyTrade, Trade record, bool flag)
            {
                {{body}}
            }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int marker, object index)
        => Verify.Diagnostic(DiagnosticDescriptors.FixedArrayIndexOutOfRange).WithLocation(marker).WithArguments(index, "Samples", 8, 7);

    [Fact]
    public async Task Span_local_written_past_its_end_is_reported()
        => await Verify.VerifyAsync(Program("System.Span<int> s = trade.Samples; s[{|#0:8|}] = 1; return s[7];"), StandIns.TradeGenerated, Expected(0, 8));

    [Fact]
    public async Task Var_locals_of_spans_and_element_views_read_past_their_end_are_reported()
        => await Verify.VerifyAsync(
            Program("""
                var s = trade.Samples;
                System.ReadOnlySpan<int> r = trade.Samples;
                var v = readOnlyTrade.Samples;
                return s[{|#0:9|}] + r[{|#1:8|}] + v[{|#2:-1|}];
            """),
            StandIns.TradeGenerated, Expected(0, 9), Expected(1, 8), Expected(2, -1));

    [Fact]
    public async Task Reassigned_or_branch_assigned_locals_are_not_followed()
        => await Verify.VerifyAsync(
            Program("""
                var s = trade.Samples;
                s = new int[16];
                System.Span<int> t;
                if (flag) { t = trade.Samples; } else { t = new int[16]; }
                return s[12] + t[12];
            """),
            StandIns.TradeGenerated);

    [Fact]
    public async Task Index_from_end_zero_or_past_the_length_is_reported()
        => await Verify.VerifyAsync(
            Program("""
                var s = trade.Samples;
                return trade.Samples[{|#0:^0|}] + readOnlyTrade.Samples[{|#1:^9|}] + record.Samples[{|#2:^0|}] + s[{|#3:^0|}];
            """),
            StandIns.TradeGenerated, Expected(0, "^0"), Expected(1, "^9"), Expected(2, "^0"), Expected(3, "^0"));

    [Fact]
    public async Task Index_from_end_within_the_length_is_not_reported()
        => await Verify.VerifyAsync(
            Program("return trade.Samples[^1] + readOnlyTrade.Samples[^8] + record.Samples[^1];"),
            StandIns.TradeGenerated);
}
