namespace MappedStructs;

/// <summary>How a layout field is stored.</summary>
public enum FieldKind
{
    /// <summary>A primitive number, bool, char, enum, Guid, DateTime or TimeSpan.</summary>
    Scalar = 0,

    /// <summary>A fixed-size, NUL-padded UTF-8 string.</summary>
    Utf8 = 1,

    /// <summary>A fixed-length inline array.</summary>
    FixedArray = 2,

    /// <summary>A nested layout stored inline.</summary>
    Nested = 3,

    /// <summary>A 4- or 8-byte integer accessed with interlocked operations.</summary>
    Atomic = 4,

    /// <summary>Some bits of an integer container shared with other bit fields at the same offset.</summary>
    Bits = 5,

    /// <summary>UTF-8 text of any length in the table's heap; the record holds an 8-byte reference.</summary>
    Text = 6,

    /// <summary>Bytes of any length in the table's heap; the record holds an 8-byte reference.</summary>
    Blob = 7,

    /// <summary>Scalars of any count in the table's heap, in the layout's byte order; the record holds an 8-byte reference.</summary>
    VarArray = 8,
}
