namespace MappedStructs.Layout;

/// <summary>The metadata names of the runtime attributes the parser reads.</summary>
internal static class AttributeNames
{
    public const string MappedLayout = "MappedStructs.MappedLayoutAttribute";
    public const string Field = "MappedStructs.FieldAttribute";
    public const string Utf8 = "MappedStructs.Utf8Attribute";
    public const string FixedArray = "MappedStructs.FixedArrayAttribute";
    public const string Atomic = "MappedStructs.AtomicAttribute";
    public const string Int24 = "MappedStructs.Int24Attribute";
    public const string UInt24 = "MappedStructs.UInt24Attribute";
    public const string Bits = "MappedStructs.BitsAttribute";
    public const string FormerName = "MappedStructs.FormerNameAttribute";
    public const string Text = "MappedStructs.TextAttribute";
    public const string Blob = "MappedStructs.BlobAttribute";
    public const string VarArray = "MappedStructs.VarArrayAttribute";

    /// <summary>The named argument of <c>[Bits]</c> that gives the container's type.</summary>
    public const string ContainerArgument = "Container";

    /// <summary>The named arguments of <c>[MappedLayout]</c>, as the user writes them.</summary>
    public const string SizeArgument = "Size";
    public const string PackArgument = "Pack";
    public const string EndianArgument = "Endian";
    public const string VersionArgument = "Version";

    /// <summary>The named arguments of <c>[Field]</c> that version a field.</summary>
    public const string SinceArgument = "Since";
    public const string DeprecatedArgument = "Deprecated";
    public const string DefaultArgument = "Default";

    /// <summary>The named argument of <c>[Utf8]</c> that sets the padding character.</summary>
    public const string PaddingArgument = "Padding";

    /// <summary>The attribute the generator stamps on every member it adds.</summary>
    public const string GeneratedCode = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>The tool name the generator stamps in <c>[GeneratedCode]</c>; members carrying it are not user members.</summary>
    public const string GeneratorTool = "MappedStructs.Generator";
}
