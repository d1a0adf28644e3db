using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

public sealed class UseAfterDisposeTests
{
    [Fact]
    public async Task Ref_used_after_its_file_was_disposed_is_reported()
    {
        string source = Method("""
                var mapped = MappedFile.Open("data.bin", MapAccess.ReadWrite);
                var view = mapped.CreateView(0, 64);
                var trade = Trade.Ref.From(view, 0);
                mapped.Dispose();
                return {|#0:trade|}.Id;
        """);
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("trade", "mapped", LineOf(source, "mapped.Dispose();")));
    }

    [Fact]
    public async Task View_used_after_it_was_disposed_is_reported_once()
    {
        string source = Method("""
                var view = file.CreateView(0, 64);
                view.Dispose();
                return {|#0:view|}.Read<long>(0) + view.Read<long>(8);
        """);
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("view", "view", LineOf(source, "view.Dispose();")));
    }

    [Fact]
    public async Task Uses_before_dispose_or_after_a_conditional_dispose_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var view = file.CreateView(0, 64);
                long value = view.Read<long>(0);
                if (n > 0)
                {
                    view.Dispose();
                    return value;
                }

                value += view.Read<long>(8);
                view.Dispose();
                view.Dispose();
                file.Dispose();
                return value;
        """));

    [Fact]
    public async Task Disposing_the_view_after_its_file_is_not_a_use()
        => await Verify.VerifyWithTradeAsync(Method("""
                var mapped = MappedFile.Open("data.bin");
                var view = mapped.CreateView(0, 64);
                long value = view.Read<long>(0);
                mapped.Dispose();
                view.Dispose();
                return value;
        """));

    [Fact]
    public async Task A_view_reassigned_after_dispose_is_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var view = file.CreateView(0, 64);
                view.Dispose();
                view = file.CreateView(64, 64);
                return view.Read<long>(0);
        """));

    [Fact]
    public async Task Spans_and_ref_locals_used_after_their_view_was_disposed_are_reported_but_copies_are_not()
    {
        string source = Method("""
                var view = file.CreateView(0, 64);
                var span = view.GetSpan(0, 8);
                ref long counter = ref view.GetRef<long>(8);
                long copy = view.Read<long>(16);
                view.Dispose();
                return {|#0:span|}[0] + {|#1:counter|} + copy;
        """);
        int line = LineOf(source, "view.Dispose();");
        await Verify.VerifyWithTradeAsync(source,
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(0).WithArguments("span", "view", line),
            Verify.Diagnostic(DiagnosticDescriptors.UseAfterDispose).WithLocation(1).WithArguments("counter", "view", line));
    }
}
