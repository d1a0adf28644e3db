namespace MappedStructs;

/// <summary>
/// A layout's size as a static readonly field: once the class is initialised, the JIT's optimising tier compiles it as a
/// constant into code specialised for <typeparamref name="T"/> (a struct), so <c>index * LayoutSize&lt;Trade&gt;.Value</c>
/// is a shift and span lengths built from it are known. <c>T.Layout.Size</c> is a load from an object on every use.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
internal static class LayoutSize<T> where T : struct, IMappedLayout<T>
{
    /// <summary>The layout's size in bytes.</summary>
    public static readonly int Value = T.Layout.Size;
}
