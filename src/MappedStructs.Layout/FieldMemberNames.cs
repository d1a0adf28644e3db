namespace MappedStructs.Layout;

/// <summary>The generated names derived from one field's name; empty where the field's kind generates no such member.</summary>
/// <param name="ArrayView">The writable element view type of a fixed array (<c>PricesArray</c>).</param>
/// <param name="ReadOnlyArrayView">The read-only element view type of a fixed array (<c>PricesReadOnlyArray</c>).</param>
/// <param name="Bytes">The raw-bytes property of a Utf8 field (<c>SymbolBytes</c>).</param>
/// <param name="Exchange">The interlocked exchange of an atomic field (<c>ExchangeVersion</c>).</param>
/// <param name="CompareExchange">The interlocked compare-exchange of an atomic field (<c>CompareExchangeVersion</c>).</param>
/// <param name="Add">The interlocked add of an atomic field (<c>AddVersion</c>).</param>
/// <param name="Reference">The heap reference of a variable-length field (<c>MessageReference</c>).</param>
internal sealed record FieldMemberNames(string ArrayView, string ReadOnlyArrayView, string Bytes, string Exchange, string CompareExchange, string Add, string Reference = "");
