using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A per-view layout may name its fields after any generated member, the views' byte-order flag (<c>_bigEndian</c>) and
/// first-byte reference (<c>_start</c>) included: they move to their escaped names and the layout compiles and round-trips in
/// both byte orders (<see cref="PerViewTakenNamesLayout"/>).
/// </summary>
public sealed class PerViewTakenNameTests
{
    private const string Inner = "[100 101 102 103 104 105 106 107 108]";

    private static string Expected(string items = "True,False,True", string inners = "[200 201 202 203 204 205 206 207 208],[300 301 302 303 304 305 306 307 308]", string inner = Inner, long count = 18, int flag = 26) =>
        $"1 2 3 4 5 6 7.5 8.5 9 10 11 12 13 14 15 16 eight 17 {count} 19 20 21 {items} 22 23 {inner} {inners} 24 25 {flag}";

    [Theory]
    [InlineData("Little", "26 0 107")]
    [InlineData("Big", "0 26 0")]
    public void Every_generated_member_under_its_escaped_name_round_trips_in_the_views_order(string order, string flagBytes)
    {
        using var assembly = RunnableAssembly.Build("TakenPerView" + order, PerViewTakenNamesLayout.Source);
        string[] parts = ((string)assembly.Call("TakenPerView.Probe", "RoundTrip", order)!).Split(" | ");

        Assert.Equal(Expected(), parts[0]);
        Assert.Equal(flagBytes, parts[1]);
        Assert.Equal("23 23 40", parts[2]);
        Assert.Equal("8 3 3 7 407", parts[3]);
        Assert.Equal(
            Expected(items: "True,True,True", inner: "[400 401 402 403 404 405 406 407 408]", inners: "[200 201 202 203 204 205 206 207 208],[300 301 7 303 304 305 306 8 308]", count: 41, flag: 27),
            parts[4]);
        Assert.Equal(Expected(), parts[5]);
        Assert.Equal("other order differs", parts[6]);
    }

    [Fact]
    public void The_order_less_interface_copy_still_refuses_with_the_layouts_name()
    {
        using var assembly = RunnableAssembly.Build("TakenPerViewOrderLess", PerViewTakenNamesLayout.Source);
        string message = (string)assembly.Call("TakenPerView.Probe", "OrderLess")!;
        Assert.StartsWith("TakenPerView.Flagged is declared with Endianness.PerView", message);
    }

    [Theory]
    [InlineData("Little")]
    [InlineData("Big")]
    public void The_views_print_their_fields_in_the_views_order(string order)
    {
        using var assembly = RunnableAssembly.Build("TakenPerViewText" + order, PerViewTakenNamesLayout.Source);
        Assert.Equal(
            "Inner { Size = 100, Size_ = 101, From = 102, Load = 103, Store = 104, Ref = 105, ReadOnlyRef = 106, _bigEndian = 107, _start = 108 } True",
            assembly.Call("TakenPerView.Probe", "Printed", order));
    }

    [Fact]
    public void A_per_view_layout_gets_no_record_extensions_and_no_span_factories()
    {
        // Tables refuse the layout, and a record span would reach its records through the order-less interface members.
        using var assembly = RunnableAssembly.Build("TakenPerViewTyped", PerViewTakenNamesLayout.Source);
        Assert.Null(assembly.Assembly.GetType("TakenPerView.FlaggedRecordExtensions"));
        Assert.Null(assembly.Assembly.GetType("TakenPerView.InnerRecordExtensions"));
        Assert.DoesNotContain(assembly.Type("TakenPerView.Flagged+Ref_").GetMethods(), method => method.Name.StartsWith("Span", System.StringComparison.Ordinal));
        Assert.DoesNotContain(assembly.Type("TakenPerView.Flagged+ReadOnlyRef_").GetMethods(), method => method.Name.StartsWith("Span", System.StringComparison.Ordinal));
    }
}
