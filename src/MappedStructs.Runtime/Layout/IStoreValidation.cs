using System.ComponentModel;

namespace MappedStructs;

/// <summary>
/// Implemented explicitly by the source generator on every layout type so that a record holding a nested layout can check
/// the nested value before writing any byte: <c>Store</c> validates everything that can throw, then writes.
/// Not intended for direct use.
/// </summary>
/// <typeparam name="TSelf">The layout type itself.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IStoreValidation<TSelf> where TSelf : struct, IStoreValidation<TSelf>
{
    /// <summary>
    /// Throws <see cref="System.ArgumentException"/> when <paramref name="value"/> cannot be stored (a string that does not fit
    /// or holds NUL, an array of the wrong length, at any depth); writes nothing.
    /// </summary>
    static abstract void ValidateForStore(in TSelf value);
}
