namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A layout with every kind of field on both sides of the first 4,096 bytes, the bound past which generated accessors
/// check for a default view. Without the check, the first far access through a default view kills the test host on
/// Linux (measured: AccessViolationException at offset 4,128; CoreCLR turns a fault into NullReferenceException only in
/// the first OS page on Unix, the first 64 KiB on Windows), so a missing check fails the run loudly rather than quietly.
/// </summary>
internal static class FarLayout
{
    /// <summary>Offsets of the fields the tests reach through an oracle.</summary>
    public const int Near = 0, NearName = 8, NearSamples = 24, NearFlags = 32, NearVersion = 40, NearCell = 48;

    /// <summary>Offsets past (or straddling) 4,096.</summary>
    public const int Straddle = 4000, Far = 4128, FarName = 4136, FarVersion = 4152, FarFlags = 4160, FarCell = 4168, FarBytes = 4184, Cells = 4192;

    /// <summary>The record's size: <c>Cells</c> is 260 cells of 16 bytes.</summary>
    public const int Size = 8352;

    public const string Source = """
        using MappedStructs;

        namespace Wide;

        [MappedLayout]
        public partial record struct Cell
        {
            public long A { get; init; }
            public long B { get; init; }
        }

        [MappedLayout(Size = 8352)]
        public partial record struct Spread
        {
            [Field(0)] public long Near { get; init; }
            [Field(8), Utf8(16)] public string NearName { get; init; }
            [Field(24), FixedArray(4)] public short[] NearSamples { get; init; }
            [Field(32), FixedArray(4)] public bool[] NearFlags { get; init; }
            [Field(40), Atomic] public long NearVersion { get; init; }
            [Field(48)] public Cell NearCell { get; init; }
            [Field(4000), FixedArray(32)] public int[] Straddle { get; init; }
            [Field(4128)] public double Far { get; init; }
            [Field(4136), Utf8(16)] public string FarName { get; init; }
            [Field(4152), Atomic] public long FarVersion { get; init; }
            [Field(4160), FixedArray(4)] public bool[] FarFlags { get; init; }
            [Field(4168)] public Cell FarCell { get; init; }
            [Field(4184), FixedArray(8)] public byte[] FarBytes { get; init; }
            [Field(4192), FixedArray(260)] public Cell[] Cells { get; init; }
        }
        """;
}
