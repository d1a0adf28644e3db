namespace MappedStructs.Analyzers.Shipped;

/// <summary>The names and the format header of the files that record layouts, in the spirit of <c>PublicAPI.Shipped.txt</c>.</summary>
internal static class LayoutRecordFiles
{
    /// <summary>The layouts whose versions have shipped: a declaration must stay compatible with each of them.</summary>
    public const string ShippedFileName = "MappedLayouts.Shipped.txt";

    /// <summary>The versions recorded but not yet shipped: free to change until they move to the shipped file.</summary>
    public const string UnshippedFileName = "MappedLayouts.Unshipped.txt";

    /// <summary>The format version this analyzer reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The first line of a file, naming its format version (like <c>#nullable enable</c> in <c>PublicAPI.*.txt</c>).</summary>
    public const string Header = "#mappedlayouts 1";

    /// <summary>The word that starts the header line.</summary>
    public const string HeaderKeyword = "#mappedlayouts";

    /// <summary>The word that starts an entry's first line.</summary>
    public const string LayoutKeyword = "layout";

    /// <summary>
    /// The token that ends a field line whose field declares a <c>Default</c>; the constant runs to the end of the line.
    /// </summary>
    public const string DefaultPrefix = "default=";

    /// <summary>The spellings of a byte order in a <c>layout</c> line.</summary>
    public static readonly string[] ByteOrders = ["Little", "Big", "PerView"];

    /// <summary>The spellings of a field kind, as the runtime's <c>FieldKind</c> and table headers name them.</summary>
    public static readonly string[] FieldKinds = ["Scalar", "Utf8", "FixedArray", "Nested", "Atomic", "Bits", "Text", "Blob", "VarArray"];
}
