namespace MappedStructs.Layout;

/// <summary>Which variable-length attribute a field carries: its value lives in a table's heap, the record holds a reference.</summary>
internal enum VariableLengthAttribute
{
    /// <summary>None: the field is stored inline.</summary>
    None = 0,

    /// <summary><c>[Text]</c>: a <c>string</c> of any length, as UTF-8.</summary>
    Text,

    /// <summary><c>[Blob]</c>: bytes of any length (<c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>).</summary>
    Blob,

    /// <summary><c>[VarArray]</c>: an array of a catalogue scalar, of any length.</summary>
    VarArray,

    /// <summary>More than one of them on one property: which one the user meant is unknown.</summary>
    Several,
}
