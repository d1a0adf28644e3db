using System.Threading.Tasks;
using static MappedStructs.Analyzers.Tests.Access.AccessTestSource;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Access.AccessAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Access;

/// <summary>MAPS0102 for slices whose length the method shows with constants: the slice is the buffer the record gets.</summary>
public sealed class BufferSliceTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int marker, int bufferLength)
        => Verify.Diagnostic(DiagnosticDescriptors.BufferTooSmall).WithLocation(marker).WithArguments("Trade", 48, bufferLength);

    [Fact]
    public async Task AsSpan_with_a_constant_length_is_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                var page = new byte[n];
                var trade = Trade.Ref.From({|#0:page.AsSpan(0, 40)|});
                return trade.Id;
        """), Expected(0, 40));

    [Fact]
    public async Task Ranges_and_Slice_with_constant_bounds_are_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                Span<byte> bytes = new byte[n];
                byte[] array = new byte[n];
                var a = Trade.Ref.From({|#0:bytes[..40]|});
                var b = Trade.Ref.From({|#1:bytes.Slice(0, 40)|});
                var c = Trade.ReadOnlyRef.From({|#2:array.AsSpan()[8..40]|});
                var d = Trade.Ref.From({|#3:new Span<byte>(new byte[n], 4, 44)|});
                var e = Trade.Ref.From({|#4:new byte[64].AsSpan(20)|});
                var f = Trade.Ref.From({|#5:bytes.Slice(16, 40)[..30]|});
                var g = Trade.Ref.From({|#6:new byte[64].AsSpan()[^40..]|});
                var h = Trade.Ref.From({|#7:array[..40]|});
                var i = Trade.Ref.From({|#8:array.AsSpan(..40)|});
                long total = a.Id + b.Id + c.Id + d.Id + e.Id + f.Id + g.Id + h.Id + i.Id;
                unsafe
                {
                    byte* start = stackalloc byte[64];
                    total += Trade.Ref.From({|#9:new Span<byte>(start, 16)|}).Id;
                }

                return total;
        """),
            Expected(0, 40), Expected(1, 40), Expected(2, 32), Expected(3, 44), Expected(4, 44), Expected(5, 30), Expected(6, 40), Expected(7, 40), Expected(8, 40),
            Expected(9, 16));

    [Fact]
    public async Task Slices_of_the_layout_size_or_of_unknown_length_are_not_reported()
        => await Verify.VerifyWithTradeAsync(Method("""
                Span<byte> bytes = new byte[n];
                var a = Trade.Ref.From(bytes[..48]);
                var b = Trade.Ref.From(bytes.Slice(0, n));
                var c = Trade.Ref.From(bytes[8..]);
                var d = Trade.Ref.From(bytes.Slice(40));
                var e = Trade.Ref.From(new byte[100].AsSpan(40));
                var f = Trade.Ref.From(bytes[n..(n + 40)]);
                return a.Id + b.Id + c.Id + d.Id + e.Id + f.Id;
        """));
}
