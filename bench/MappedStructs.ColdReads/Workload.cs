namespace MappedStructs.ColdReads;

/// <summary>What a method does to the cold file.</summary>
internal enum Workload
{
    /// <summary>Read every record once, in order, summing the long <c>Quantity</c>.</summary>
    Scan,

    /// <summary>Read the records at the random indices, in order, summing the double <c>Price</c>.</summary>
    RandomReads,
}
