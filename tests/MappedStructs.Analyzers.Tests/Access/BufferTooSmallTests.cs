using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

public sealed class BufferTooSmallTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int bufferLength)
        => Verify.Diagnostic(DiagnosticDescriptors.BufferTooSmall).WithLocation(0).WithArguments("Trade", 48, bufferLength);

    [Fact]
    public async Task Stackalloc_argument_smaller_than_the_layout_is_reported()
        => await Verify.VerifyWithTradeAsync(
            Method("var r = Trade.Ref.From({|#0:stackalloc byte[16]|}); return r.Id;"), Expected(16));

    [Fact]
    public async Task Array_argument_smaller_than_the_layout_is_reported()
        => await Verify.VerifyWithTradeAsync(
            Method("var r = Trade.ReadOnlyRef.From({|#0:new byte[47]|}); return r.Id;"), Expected(47));

    [Fact]
    public async Task Local_span_of_constant_length_is_followed()
        => await Verify.VerifyWithTradeAsync(
            Method("Span<byte> buffer = stackalloc byte[40]; var r = Trade.Ref.From({|#0:buffer|}); return r.Id;"), Expected(40));

    [Fact]
    public async Task AsSpan_of_a_small_array_is_followed()
        => await Verify.VerifyWithTradeAsync(
            Method("var bytes = new byte[] { 1, 2, 3 }; var r = Trade.Ref.From({|#0:bytes.AsSpan()|}); return r.Id;"), Expected(3));

    [Fact]
    public async Task Buffers_of_the_layout_size_or_more_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var a = Trade.Ref.From(stackalloc byte[48]);
                var b = Trade.ReadOnlyRef.From(new byte[4096]);
                return a.Id + b.Id;
        """));

    [Fact]
    public async Task Buffers_of_unknown_or_reassigned_length_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var a = Trade.Ref.From(new byte[n]);
                byte[] bytes = new byte[16];
                bytes = new byte[64];
                var b = Trade.ReadOnlyRef.From(bytes);
                return a.Id + b.Id;
        """));
}
