namespace MappedStructs.Layout;

/// <summary>Every scalar the type catalogue knows. Enums are stored as their underlying integer scalar.</summary>
internal enum ScalarType
{
    None = 0,
    Bool,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Int128,
    UInt128,
    Char,
    Half,
    Single,
    Double,
    Guid,
    DateTime,
    TimeSpan,

    /// <summary>An <c>int</c> with <c>[Int24]</c>: three bytes, sign-extended.</summary>
    Int24,

    /// <summary>A <c>uint</c> with <c>[UInt24]</c>: three bytes, zero-extended.</summary>
    UInt24,
}
