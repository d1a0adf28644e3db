using System;

namespace MappedStructs;

/// <summary>
/// The layout a table file is made or opened with. A table file has one byte order, written in its header and checked by
/// its fingerprint; a <see cref="Endianness.PerView"/> layout has none, so a table of it could hold records in either
/// order with nothing in the file to say which.
/// </summary>
internal static class FixedOrderLayout
{
    /// <summary>
    /// <typeparamref name="T"/>'s layout; throws <see cref="NotSupportedException"/> for a <see cref="Endianness.PerView"/> one.
    /// </summary>
    public static LayoutInfo Of<T>()
        where T : struct, IMappedLayout<T>
    {
        LayoutInfo layout = T.Layout;
        return layout.Endian == Endianness.PerView
            ? throw new NotSupportedException(
                $"{layout.Name} is declared with Endianness.PerView, and a table file has one byte order: declare the table's record layout " +
                "with Endian = Endianness.Little or Endianness.Big, or map the file with MappedFile and make views with From(view, offset, byteOrder).")
            : layout;
    }
}
