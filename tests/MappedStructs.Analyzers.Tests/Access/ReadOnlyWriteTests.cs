using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

public sealed class ReadOnlyWriteTests
{
    [Fact]
    public async Task Writes_through_a_view_of_a_read_only_mapping_are_reported()
        => await Verify.VerifyWithTradeAsync(
            Method("""
                var mapped = MappedFile.Open("data.bin", MapAccess.Read);
                var view = mapped.CreateView(0, 64);
                view.{|#0:Write|}(0, 1L);
                view.{|#1:GetRef|}<long>(8) = 2;
                var trade = Trade.Ref.{|#2:From|}(view, 16);
                return trade.Id;
        """),
            Verify.Diagnostic(DiagnosticDescriptors.WriteToReadOnlyMapping).WithLocation(0).WithArguments("Write", "mapped"),
            Verify.Diagnostic(DiagnosticDescriptors.WriteToReadOnlyMapping).WithLocation(1).WithArguments("GetRef", "mapped"),
            Verify.Diagnostic(DiagnosticDescriptors.WriteToReadOnlyMapping).WithLocation(2).WithArguments("Trade.Ref.From", "mapped"));

    [Fact]
    public async Task The_default_access_of_Open_is_read_only()
        => await Verify.VerifyWithTradeAsync(
            Method("""
                var mapped = MappedFile.Open("data.bin");
                var view = mapped.CreateView(0, 64);
                return view.{|#0:GetSpan|}(0, 8).Length;
        """),
            Verify.Diagnostic(DiagnosticDescriptors.WriteToReadOnlyMapping).WithLocation(0).WithArguments("GetSpan", "mapped"));

    [Fact]
    public async Task Reads_of_a_read_only_mapping_and_writes_of_a_writable_one_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var readOnly = MappedFile.Open("a.bin", MapAccess.Read);
                var a = readOnly.CreateView(0, 64);
                var writable = MappedFile.Open("b.bin", MapAccess.ReadWrite);
                var b = writable.CreateView(0, 64);
                b.Write(0, a.Read<long>(0));
                var trade = Trade.ReadOnlyRef.From(a, 0);
                anyView.Write(0, 1L);
                return trade.Id + a.GetReadOnlySpan(0, 8).Length;
        """));

    [Fact]
    public async Task Whole_view_span_and_raw_reference_of_a_read_only_stream_mapping_are_reported()
        => await Verify.VerifyWithTradeAsync(
            Method("""
                using var stream = new System.IO.FileStream("data.bin", System.IO.FileMode.Open);
                using var mapped = MappedFile.FromStream(stream, MapAccess.Read);
                using var view = mapped.CreateView();
                view.{|#0:Span|}[0] = 1;
                view.{|#1:GetReference|}() = 2;
                return view.ReadOnlySpan[0];
        """),
            Verify.Diagnostic(DiagnosticDescriptors.WriteToReadOnlyMapping).WithLocation(0).WithArguments("Span", "mapped"),
            Verify.Diagnostic(DiagnosticDescriptors.WriteToReadOnlyMapping).WithLocation(1).WithArguments("GetReference", "mapped"));
}
