using System;

namespace MappedStructs;

/// <summary>
/// Implemented by the source generator on every valid <see cref="MappedLayoutAttribute"/> type, so that generic
/// runtime code (tables, tools) can size, describe, load and store records without knowing the type.
/// </summary>
/// <typeparam name="TSelf">The layout type itself.</typeparam>
public interface IMappedLayout<TSelf> where TSelf : struct, IMappedLayout<TSelf>
{
    /// <summary>The layout's size, alignment, fingerprint and field table.</summary>
    static abstract LayoutInfo Layout { get; }

    /// <summary>
    /// Copies a record out of <paramref name="source"/>, which must hold at least <see cref="LayoutInfo.Size"/> bytes. A layout
    /// declared with <see cref="Endianness.PerView"/> throws <see cref="NotSupportedException"/>: its bytes do not say their
    /// order, so call the layout's own <c>LoadFrom(source, byteOrder)</c>.
    /// </summary>
    static abstract TSelf LoadFrom(ReadOnlySpan<byte> source);

    /// <summary>
    /// Writes <paramref name="value"/> into <paramref name="destination"/>, which must hold at least <see cref="LayoutInfo.Size"/>
    /// bytes. A layout declared with <see cref="Endianness.PerView"/> throws <see cref="NotSupportedException"/>: call the
    /// layout's own <c>StoreTo(value, destination, byteOrder)</c>.
    /// </summary>
    static abstract void StoreTo(in TSelf value, Span<byte> destination);

    /// <summary>
    /// Copies a record out of <paramref name="source"/>, reading its variable-length fields' values from
    /// <paramref name="heap"/> (the heap of the table the record belongs to). A layout without variable-length fields ignores
    /// the heap; the generator implements this for layouts with them.
    /// </summary>
    static virtual TSelf LoadFrom(ReadOnlySpan<byte> source, MappedHeap heap) => TSelf.LoadFrom(source);

    /// <summary>
    /// Writes <paramref name="value"/> into <paramref name="destination"/>, first appending its variable-length fields' values
    /// to <paramref name="heap"/>, so that the record never refers to heap bytes that are not there yet. A layout without
    /// variable-length fields ignores the heap; the generator implements this for layouts with them.
    /// </summary>
    static virtual void StoreTo(in TSelf value, Span<byte> destination, MappedHeap heap) => TSelf.StoreTo(value, destination);
}
