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
}
