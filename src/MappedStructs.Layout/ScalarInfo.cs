namespace MappedStructs.Layout;

/// <summary>One row of the type catalogue.</summary>
/// <param name="Type">The scalar.</param>
/// <param name="CatalogueName">The stable, language-neutral name used in field tables and fingerprints (e.g. <c>int64</c>).</param>
/// <param name="CSharpName">The fully qualified C# type, usable in generated code (e.g. <c>long</c>, <c>global::System.Guid</c>).</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Alignment">The natural alignment in bytes (C rules; <c>Guid</c> as its 4-byte first member).</param>
/// <param name="Handling">How byte order is converted.</param>
/// <param name="RawTypeName">For <see cref="ByteOrderHandling.Bits"/>: the integer the value's bits are stored as; otherwise the C# type itself.</param>
/// <param name="CanBeAtomic">Whether <c>[Atomic]</c> is allowed: 4- and 8-byte integers only (<c>int</c>, <c>uint</c>, <c>long</c>, <c>ulong</c>).</param>
/// <param name="CanBeSpan">
/// Whether a fixed array of this scalar can be exposed as a <c>Span&lt;T&gt;</c> when the layout's byte order matches the host's:
/// every bit pattern is a valid value and the in-memory form equals the stored form (not <c>bool</c>, <c>Guid</c>, <c>DateTime</c>, <c>TimeSpan</c>).
/// </param>
internal sealed record ScalarInfo(
    ScalarType Type,
    string CatalogueName,
    string CSharpName,
    int Size,
    int Alignment,
    ByteOrderHandling Handling,
    string RawTypeName,
    bool CanBeAtomic,
    bool CanBeSpan);
