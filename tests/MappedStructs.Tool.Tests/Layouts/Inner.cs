namespace MappedStructs.Tool.Tests.Layouts;

/// <summary>A nested layout: exported as its bytes, since a table's header does not describe it.</summary>
[MappedLayout]
public partial record struct Inner
{
    public int X { get; init; }
    public short Y { get; init; }
}

/// <summary>The same nested layout, big-endian.</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct InnerBig
{
    public int X { get; init; }
    public short Y { get; init; }
}
