using System.Diagnostics.CodeAnalysis;

namespace MappedStructs;

/// <summary>
/// What one value of a described field is, as its layout text names it: a scalar of the type catalogue, UTF-8 text, a nested
/// layout's bytes or a bit field. An array field has its element's value type (see <see cref="DescribedFieldType.ElementCount"/>).
/// Renderers and exports switch over it, so a new stored type (variable-length text or blobs, when they exist) is a new value
/// here and one case in each of them.
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Each value names the stored type it stands for, as the layout text does.")]
public enum FieldValueType
{
    /// <summary><c>bool</c>: one byte, any non-zero value is true.</summary>
    Bool,

    /// <summary><c>uint8</c>.</summary>
    UInt8,

    /// <summary><c>int8</c>.</summary>
    Int8,

    /// <summary><c>int16</c>.</summary>
    Int16,

    /// <summary><c>uint16</c>.</summary>
    UInt16,

    /// <summary><c>int32</c> (also an enum whose underlying type is <see cref="int"/>: the layout text records only that).</summary>
    Int32,

    /// <summary><c>uint32</c>.</summary>
    UInt32,

    /// <summary><c>int64</c>.</summary>
    Int64,

    /// <summary><c>uint64</c>.</summary>
    UInt64,

    /// <summary><c>int128</c>.</summary>
    Int128,

    /// <summary><c>uint128</c>.</summary>
    UInt128,

    /// <summary><c>char</c>: one UTF-16 code unit.</summary>
    Char,

    /// <summary><c>float16</c>: IEEE 754 half precision.</summary>
    Float16,

    /// <summary><c>float32</c>.</summary>
    Float32,

    /// <summary><c>float64</c>.</summary>
    Float64,

    /// <summary><c>guid</c>: the 16 bytes of <see cref="System.Guid.TryWriteBytes(System.Span{byte}, bool, out int)"/> in the layout's byte order.</summary>
    Guid,

    /// <summary><c>datetime</c>: a 64-bit count of 100-nanosecond ticks since 0001-01-01 (the kind is not stored).</summary>
    DateTime,

    /// <summary><c>timespan</c>: a signed 64-bit count of 100-nanosecond ticks.</summary>
    TimeSpan,

    /// <summary><c>int24</c>: a three-byte signed integer.</summary>
    Int24,

    /// <summary><c>uint24</c>: a three-byte unsigned integer.</summary>
    UInt24,

    /// <summary><c>utf8[N]</c>: fixed-length UTF-8 text, padded with <see cref="DescribedFieldType.Utf8Padding"/>.</summary>
    Utf8,

    /// <summary>A nested layout, whose own fields the table's layout text does not describe: its bytes.</summary>
    Nested,

    /// <summary><c>bits[shift:width] of uintN</c>: an unsigned bit field in a container of the field's size.</summary>
    Bits,
}
