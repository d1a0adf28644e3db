using System;

namespace MappedStructs.Peers;

/// <summary>
/// One .NET way of reading the table. Each workload is one method with the whole loop inside it, so a contender is
/// compared by its loop alone; the script runs the same three workloads in C, Rust and numpy.
/// </summary>
internal interface IContender : IDisposable
{
    /// <summary>Reads one 8-byte word per 4 KiB page through the contender's own access path, so timed passes take no page faults.</summary>
    long TouchPages();

    /// <summary>Sequential scan: the sum of every record's double <c>Price</c>.</summary>
    double ScanPrice();

    /// <summary>Sequential scan: the sum of every record's long <c>Quantity</c>.</summary>
    long ScanQuantity();

    /// <summary>Random point reads: the sum of <c>Price</c> of the records at <paramref name="indices"/>, in order.</summary>
    double RandomPrice(long[] indices);
}
