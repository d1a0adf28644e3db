using System.Threading.Tasks;
using MappedStructs.Analyzers.Tests.Infrastructure;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.FixedArrayIndexAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

public sealed class FixedArrayIndexTests
{
    private static string Program(string body) => StandIns.TradeLayout + $$"""

        public static class Program
        {
            public static int Run(Trade.Ref trade, Trade.ReadOnlyRef readOnlyTrade, Trade record)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public async Task Index_equal_to_the_length_through_a_span_view_is_reported()
    {
        string source = Program("return trade.Samples[{|#0:8|}];");
        await Verify.VerifyAsync(source, StandIns.TradeGenerated,
            Verify.Diagnostic(DiagnosticDescriptors.FixedArrayIndexOutOfRange).WithLocation(0).WithArguments(8, "Samples", 8, 7));
    }

    [Fact]
    public async Task Last_valid_index_is_not_reported()
        => await Verify.VerifyAsync(Program("return trade.Samples[7] + readOnlyTrade.Samples[0] + record.Samples[7];"), StandIns.TradeGenerated);

    [Fact]
    public async Task Negative_constant_index_through_a_generated_indexer_is_reported()
    {
        string source = Program("const int i = -1; return readOnlyTrade.Samples[{|#0:i|}];");
        await Verify.VerifyAsync(source, StandIns.TradeGenerated,
            Verify.Diagnostic(DiagnosticDescriptors.FixedArrayIndexOutOfRange).WithLocation(0).WithArguments(-1, "Samples", 8, 7));
    }

    [Fact]
    public async Task Index_past_the_length_on_a_loaded_record_is_reported()
    {
        string source = Program("return record.Samples[{|#0:12|}];");
        await Verify.VerifyAsync(source, StandIns.TradeGenerated,
            Verify.Diagnostic(DiagnosticDescriptors.FixedArrayIndexOutOfRange).WithLocation(0).WithArguments(12, "Samples", 8, 7));
    }

    [Fact]
    public async Task Variable_index_is_not_reported()
        => await Verify.VerifyAsync(Program("int i = 8; return trade.Samples[i];"), StandIns.TradeGenerated);

    [Fact]
    public async Task Span_that_is_not_a_layout_field_is_not_reported()
        => await Verify.VerifyAsync(Program("System.Span<int> other = stackalloc int[4]; return other[1];"), StandIns.TradeGenerated);
}
