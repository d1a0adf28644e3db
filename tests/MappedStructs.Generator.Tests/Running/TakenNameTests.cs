using System;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.TestSupport;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A layout may name its fields after any member the generator emits: the generated member moves to the name with
/// <c>_</c> appended, and everything still compiles and round-trips (<see cref="TakenNamesLayout"/>).
/// </summary>
public sealed class TakenNameTests : IDisposable
{
    private const string InnerText = "[100 101 102 103 104 105 106]";

    private readonly TempDirectory _directory = new("mappedstructs-taken-");

    public void Dispose() => _directory.Dispose();

    private static string Expected(string items = "True,False,True", string inners = "[200 201 202 203 204 205 206],[300 301 302 303 304 305 306]", string inner = InnerText, long count = 18) =>
        $"1 2 3 4 5 6 7.5 8.5 9 10 11 12 13 14 15 16 eight 17 {count} 19 20 21 {items} 22 23 {inner} {inners} 24 25";

    [Theory]
    [InlineData("Little")]
    [InlineData("Big")]
    public void Every_generated_member_under_its_escaped_name_round_trips(string type)
    {
        using var assembly = RunnableAssembly.Build("Taken" + type, TakenNamesLayout.Source);
        string[] parts = ((string)assembly.Call("Taken.Probe", "RoundTrip" + type)!).Split(" | ");

        Assert.Equal(Expected(), parts[0]);
        Assert.Equal("23 23 40", parts[1]);
        Assert.Equal("8 3 3 7 400", parts[2]);
        Assert.Equal(
            Expected(items: "True,True,True", inner: "[400 401 402 403 404 405 406]", inners: "[200 201 202 203 204 205 206],[300 301 7 303 304 305 306]", count: 41),
            parts[3]);
        Assert.Equal(Expected(), parts[4]);
    }

    [Theory]
    [InlineData("Little")]
    [InlineData("Big")]
    public void Metadata_is_reached_under_escaped_names_and_through_the_interface(string type)
    {
        using var assembly = RunnableAssembly.Build("TakenMeta" + type, TakenNamesLayout.Source);
        string metadata = (string)assembly.Call("Taken.Probe", "Metadata" + type)!;

        // Size_, Alignment_, Fingerprint_ == Layout_.Fingerprint, Offsets_.Inner, Offsets_.Offsets, LayoutInfo.Of is Layout_,
        // then the nested layout's Size__ (it has fields Size and Size_) and its Offsets.Size_.
        Assert.Equal("208 8 True 128 44 True 24 4", metadata);
    }

    [Theory]
    [InlineData("Little")]
    [InlineData("Big")]
    public void A_table_of_the_layout_works_through_IMappedLayout(string type)
    {
        using var assembly = RunnableAssembly.Build("TakenTable" + type, TakenNamesLayout.Source);
        string result = (string)assembly.Call("Taken.Probe", "Table" + type, _directory.File(type + ".table"))!;
        Assert.Equal($"208 {Expected(inners: "[200 201 202 9 204 205 206],[300 301 302 303 304 305 306]")}", result);
    }
}
