using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Names that collide with keywords or with the generated code's own locals and parameters still work.</summary>
public class AwkwardNameTests
{
    private const string Source = """
        using MappedStructs;

        namespace @event.@class;

        [MappedLayout]
        public partial record struct @struct
        {
            public int value { get; init; }
            public long @class { get; init; }
            public short at { get; init; }
            [Atomic] public int location { get; init; }
            public byte field { get; init; }
            [Utf8(4)] public string bytes { get; init; }
        }

        public static class Probe
        {
            public static long RoundTrip()
            {
                byte[] buffer = new byte[@struct.Size];
                @struct.StoreTo(new @struct { value = 1, @class = 20, at = 300, location = 4000, field = 5, bytes = "ab" }, buffer);
                @struct loaded = @struct.LoadFrom(buffer);
                @struct.Ref view = @struct.Ref.From(buffer);
                view.Addlocation(1);
                return loaded.value + loaded.@class + loaded.at + view.location + loaded.field + loaded.bytes.Length;
            }
        }
        """;

    [Fact]
    public void Keyword_and_local_like_names_compile_and_round_trip()
    {
        using var assembly = RunnableAssembly.Build("Awkward", Source);
        Assert.Equal(1L + 20 + 300 + 4001 + 5 + 2, assembly.Call("event.class.Probe", "RoundTrip"));
    }
}
