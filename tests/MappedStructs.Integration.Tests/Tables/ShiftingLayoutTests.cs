using System;
using System.Buffers.Binary;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>
/// A table addresses its records with the layout's size captured once (a JIT constant) and does not check it per record,
/// so it must refuse a layout whose size is not the file's record size, even one that changes between calls.
/// </summary>
public sealed class ShiftingLayoutTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_layout_whose_size_changes_after_open_is_refused_before_any_record_is_read()
    {
        string path = _dir.File("ticks.tbl");
        using (var table = MappedTable<Tick>.Create(path, 4))
        {
            table.Append(Tick.Create(1, 2));
        }

        // Shifting reports 24 bytes to Open's header check, then 16 bytes ever after (when the table captures its size).
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => ReadOnlyMappedTable<Shifting>.Open(path));
        Assert.Contains("24-byte records", error.Message, StringComparison.Ordinal);
        Assert.Contains("16-byte records", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A pathological hand-written layout: the first call of <see cref="Layout"/> describes 24 bytes, later ones 16.</summary>
    private readonly record struct Shifting(long A) : IMappedLayout<Shifting>
    {
        private static int s_calls;

        public static LayoutInfo Layout => s_calls++ == 0 ? Tick.Layout : Narrow;

        private static LayoutInfo Narrow { get; } = new(
            "Shifting", 16, 8, Endianness.Little, Tick.Layout.Fingerprint,
            [new LayoutField("A", 0, 8, FieldKind.Scalar, "int64"), new LayoutField("B", 8, 8, FieldKind.Scalar, "int64")]);

        public static Shifting LoadFrom(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadInt64LittleEndian(source));

        public static void StoreTo(in Shifting value, Span<byte> destination) => BinaryPrimitives.WriteInt64LittleEndian(destination, value.A);
    }
}
