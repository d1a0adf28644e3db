namespace MappedStructs.Tool.Tests.Layouts;

/// <summary>An order's side; stored as its byte, exported as that integer.</summary>
public enum Side : byte
{
    /// <summary>Buying.</summary>
    Buy = 1,

    /// <summary>Selling.</summary>
    Sell = 2,

    /// <summary>Lending.</summary>
    Lend = 3,
}
