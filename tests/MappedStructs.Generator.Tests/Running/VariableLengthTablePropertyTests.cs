using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;
using MappedStructs.TestSupport;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Random layouts with one to four variable-length fields among random fixed ones (scalars, enums, text, arrays, atomics,
/// nested layouts; either byte order; random offsets and Pack), compiled with the generator, and random values appended to
/// a real table, read back after reopening, replaced through the setters and read back again (see
/// <see cref="TableRoundTrip"/>). Each outer sample is one compilation of several layouts; each layout then runs a CsCheck
/// sample of its own over the values, so that a failure shrinks to few, short values and prints the layout's source with them.
/// </summary>
public sealed class VariableLengthTablePropertyTests : IDisposable
{
    private const int LayoutsPerCompilation = 3;

    // A case creates its table and opens it up to five more times, and each writer's dispose commits, which syncs the files:
    // on the project's 2-core VM (2026-12-02, other builds running) that took about 70 ms a case, so a few cases per layout.
    private const int CasesPerLayout = 16;

    private const int ShrinkIterations = 200;

    private readonly TempDirectory _directory = new("mappedstructs-varprops-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Random_layouts_with_variable_length_fields_round_trip_through_a_table()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                IReadOnlyList<TestLayout> layouts = RandomLayouts.DrawForTables(random, LayoutsPerCompilation);
                using var assembly = RunnableAssembly.Build("Tables" + (uint)seed, TableProbeSource.Unit(layouts));
                foreach (TestLayout layout in layouts)
                {
                    LayoutChecks.CheckMetadata(assembly, layout);
                }

                foreach (TestLayout layout in layouts.Where(candidate => candidate.HasVariableLengthFields))
                {
                    ShrinkingSample.Run(
                        TableCase.For(layout),
                        sample => TableRoundTrip.Check(assembly, layout, sample, _directory.Path),
                        CasesPerLayout,
                        ShrinkIterations,
                        sample => sample.Describe(layout));
                }
            },
            iter: 4,
            threads: 1);
    }

    /// <summary>
    /// The values the random ones reach only now and then, in every run: empty, null, one byte, about 1 MiB, invalid UTF-8 in
    /// blobs, surrogate pairs, NaN payloads and negative zero; replaced through each kind of setter, in both byte orders.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Edge_values_round_trip_through_a_table_of_every_variable_length_kind(bool big)
    {
        TestLayout layout = new TestLayout(big ? "EdgeBig" : "EdgeLittle", big, explicitOffsets: false, pack: 0,
        [
            new TestField("Id", TestFieldKind.Scalar, ScalarType.Int64, 0, null),
            new TestField("Note", TestFieldKind.Text, ScalarType.None, 0, null),
            new TestField("Code", TestFieldKind.Utf8, ScalarType.None, 3, null),
            new TestField("Raw", TestFieldKind.Blob, ScalarType.None, 0, null),
            new TestField("Memory", TestFieldKind.Blob, ScalarType.None, 0, null) { MemoryBlob = true },
            new TestField("Levels", TestFieldKind.VarArray, ScalarType.Int32, 0, null) { EnumElements = true },
            new TestField("Samples", TestFieldKind.VarArray, ScalarType.Double, 0, null),
            new TestField("Deltas", TestFieldKind.VarArray, ScalarType.Int16, 0, null),
        ]).Place(new Random(0));
        var random = new Random(15);
        byte[] mebibyte = new byte[1 << 20];
        random.NextBytes(mebibyte);
        string longText = string.Concat(Enumerable.Range(0, 200_000).Select(i => (i % 4) switch { 0 => "a", 1 => "é", 2 => "語", _ => "😀" }));
        double nanWithPayload = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_1234);
        TableRecord[] records =
        [
            new([0L, string.Empty], [string.Empty, Array.Empty<byte>(), null, Array.Empty<int>(), Array.Empty<double>(), null]),
            new([1L, "a"], ["a", new byte[] { 0xFF }, new byte[] { 0 }, new[] { 1 }, new[] { nanWithPayload }, new short[] { 1 }]),
            new([2L, "ß"], ["😀é語", new byte[] { 0xC0, 0x80 }, new byte[] { 0x61, 0xED, 0xA0, 0x80 }, new[] { -1, int.MinValue, int.MaxValue }, new[] { -0.0, double.PositiveInfinity }, new short[] { -1, short.MinValue }]),
            new([3L, "語"], [longText, mebibyte, mebibyte[..((64 * 1024) + 1)], Enumerable.Range(0, 1 << 18).ToArray(), Enumerable.Range(0, 1 << 17).Select(i => i / 3.0).ToArray(), new short[] { 3, 2, 1 }]),
        ];
        Replacement[] replacements =
        [
            new(0, 0, "ß", AsBytes: true),
            new(3, 1, Array.Empty<byte>(), AsBytes: false),
            new(1, 5, Enumerable.Range(0, 1 << 19).Select(i => (short)i).ToArray(), AsBytes: false),
            new(2, 0, null, AsBytes: false),
            new(2, 3, new[] { 42 }, AsBytes: false),
        ];
        using var assembly = RunnableAssembly.Build(layout.Name, TableProbeSource.Unit([layout]));
        LayoutChecks.CheckMetadata(assembly, layout);
        TableRoundTrip.Check(assembly, layout, new TableCase(records, Capacity: 1, replacements), _directory.Path);
    }
}
