using BenchmarkDotNet.Attributes;
using MappedStructs.Benchmarks.Infrastructure;

namespace MappedStructs.Benchmarks.Workloads;

/// <summary>
/// The cost of reading a file of an older layout version (docs/versioning.md): version-2 code reading a field present in
/// both versions (<c>Price</c>) from a version-1 file, against the same read from a version-2 file; the ratio should be
/// within noise, since only fields added since version 1 compare the record's length. The added field's read from the
/// version-1 file (its default, after that compare) is measured too. Point reads at the shared random indices, and scans.
/// </summary>
[MemoryDiagnoser]
public class VersionedReadBenchmarks
{
    private const int Reads = BenchSettings.ReadsPerInvocation;
    private ReadOnlyMappedTable<QuoteV2> _version1File = null!;
    private ReadOnlyMappedTable<QuoteV2> _version2File = null!;
    private RandomIndexSequence _indices = null!;

    [GlobalSetup]
    public void Setup()
    {
        long count = VersionedQuoteFiles.Count;
        (string version1, string version2) = VersionedQuoteFiles.Create(count);
        _version1File = ReadOnlyMappedTable<QuoteV2>.Open(version1);
        _version2File = ReadOnlyMappedTable<QuoteV2>.Open(version2);
        _indices = new RandomIndexSequence(count, Reads);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _version1File.Dispose();
        _version2File.Dispose();
    }

    /// <summary>Version-2 code, version-2 file: the reference.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    public double PointReadCurrentFile() => PointRead(_version2File);

    /// <summary>Version-2 code, version-1 file, a field of both versions.</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public double PointReadOlderFile() => PointRead(_version1File);

    /// <summary>Version-2 code, version-1 file, the field added in version 2 (its default).</summary>
    [Benchmark(OperationsPerInvoke = Reads)]
    public long PointReadAddedFieldOfOlderFile()
    {
        long sum = 0;
        foreach (int index in _indices.Next())
        {
            sum += ((QuoteV2.ReadOnlyRef)_version1File[index]).VenueId;
        }

        return sum;
    }

    /// <summary>Scan of <c>Price</c> over the version-2 file.</summary>
    [Benchmark]
    public double ScanCurrentFile() => Scan(_version2File);

    /// <summary>Scan of <c>Price</c> over the version-1 file, at its 24-byte stride.</summary>
    [Benchmark]
    public double ScanOlderFile() => Scan(_version1File);

    private double PointRead(ReadOnlyMappedTable<QuoteV2> table)
    {
        double sum = 0;
        foreach (int index in _indices.Next())
        {
            sum += ((QuoteV2.ReadOnlyRef)table[index]).Price;
        }

        return sum;
    }

    private static double Scan(ReadOnlyMappedTable<QuoteV2> table)
    {
        double sum = 0;
        foreach (QuoteV2.ReadOnlyRef quote in table)
        {
            sum += quote.Price;
        }

        return sum;
    }
}
