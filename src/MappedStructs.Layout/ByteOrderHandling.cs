namespace MappedStructs.Layout;

/// <summary>How a scalar is converted between the host's byte order and the layout's.</summary>
internal enum ByteOrderHandling
{
    /// <summary>One byte: nothing to swap.</summary>
    SingleByte = 0,

    /// <summary>An integer that <c>BinaryPrimitives.ReverseEndianness</c> swaps directly.</summary>
    Integer,

    /// <summary>A value whose bits are reinterpreted as a same-size integer (see <see cref="ScalarInfo.RawTypeName"/>) and swapped.</summary>
    Bits,

    /// <summary>A <c>System.Guid</c>: written with <c>TryWriteBytes(span, bigEndian)</c> and read with <c>new Guid(span, bigEndian)</c>.</summary>
    Guid,

    /// <summary>A 24-bit integer: three bytes assembled into an <c>int</c> or <c>uint</c>, and range-checked on the way back.</summary>
    ThreeBytes,
}
