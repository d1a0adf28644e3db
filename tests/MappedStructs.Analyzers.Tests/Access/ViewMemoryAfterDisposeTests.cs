using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

/// <summary>MAPS0106 for every member of <c>MappedView</c> that hands out memory inside the view.</summary>
public sealed class ViewMemoryAfterDisposeTests
{
    [Fact]
    public async Task ReadOnlySpan_property_read_after_its_view_was_disposed_is_reported()
    {
        string source = Method("""
                var view = file.CreateView(0, 64);
                var s = view.ReadOnlySpan;
                view.Dispose();
                return {|#0:s|}[0];
        """);
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("s", "view", LineOf(source, "view.Dispose();")));
    }

    [Fact]
    public async Task Every_member_that_returns_view_memory_is_followed()
    {
        string source = Method("""
                var view = file.CreateView(0, 64);
                Span<byte> whole = view.Span;
                ReadOnlySpan<byte> part = view.GetReadOnlySpan(8, 8);
                var slice = view.Span.Slice(16, 8);
                ref byte first = ref view.GetReference();
                ref readonly long counter = ref view.GetReadOnlyRef<long>(8);
                var trade = Trade.ReadOnlyRef.From(view.ReadOnlySpan);
                var spanned = Trade.Ref.From(whole);
                var samples = trade.Samples;
                var head = view.Span[..8];
                var alias = part;
                view.Dispose();
                return {|#0:whole|}[0] + {|#1:part|}[0] + {|#2:slice|}[0] + {|#3:first|} + {|#4:counter|} + {|#5:trade|}.Id + {|#6:spanned|}.Id
                    + {|#7:samples|}[0] + {|#8:head|}[0] + {|#9:alias|}[0];
        """);
        int line = LineOf(source, "view.Dispose();");
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("whole", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(1).WithArguments("part", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(2).WithArguments("slice", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(3).WithArguments("first", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(4).WithArguments("counter", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(5).WithArguments("trade", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(6).WithArguments("spanned", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(7).WithArguments("samples", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(8).WithArguments("head", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(9).WithArguments("alias", "view", line));
    }

    [Fact]
    public async Task Copies_and_view_properties_that_are_not_memory_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var view = file.CreateView(0, 64);
                Span<byte> copy = view.ReadOnlySpan.ToArray();
                long length = view.Length;
                var owner = view.File;
                var s = view.ReadOnlySpan;
                long first = s[0];
                view.Dispose();
                return copy[0] + length + first + owner.CreateView(0, 8).Length;
        """));
}
