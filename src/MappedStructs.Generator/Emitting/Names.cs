namespace MappedStructs.Generator.Emitting;

/// <summary>Fully qualified names used in generated code, so that no user type or alias can capture them.</summary>
internal static class Names
{
    public const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    public const string BitConverterType = "global::System.BitConverter";
    public const string Span = "global::System.Span";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string Support = "global::MappedStructs.GeneratedLayoutSupport";
    public const string TextSupport = "global::MappedStructs.GeneratedText";
    public const string TextHandler = "global::System.Runtime.CompilerServices.DefaultInterpolatedStringHandler";
    public const string RecordSpans = "global::MappedStructs.RecordSpans";
    public const string BitFields = "global::MappedStructs.BitFields";
    public const string LittleEndianBytes = "global::MappedStructs.LittleEndianBytes";
    public const string BigEndianBytes = "global::MappedStructs.BigEndianBytes";
    public const string LittleEndianAtomics = "global::MappedStructs.LittleEndianAtomics";
    public const string BigEndianAtomics = "global::MappedStructs.BigEndianAtomics";
    public const string EndianBytes = "global::MappedStructs.EndianBytes";
    public const string EndianAtomics = "global::MappedStructs.EndianAtomics";
    public const string StoreValidation = "global::MappedStructs.IStoreValidation";
    public const string MappedView = "global::MappedStructs.MappedView";
    public const string LayoutInfo = "global::MappedStructs.LayoutInfo";
    public const string LayoutField = "global::MappedStructs.LayoutField";
    public const string FieldKind = "global::MappedStructs.FieldKind";
    public const string Endianness = "global::MappedStructs.Endianness";
    public const string Int24Range = "global::MappedStructs.Int24Range";
    public const string MappedHeap = "global::MappedStructs.MappedHeap";
    public const string HeapFields = "global::MappedStructs.HeapFields";
    public const string HeapElements = "global::MappedStructs.HeapElements";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
}
