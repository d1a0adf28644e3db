using System;
using System.IO;

namespace MappedStructs.Benchmarks.Infrastructure;

/// <summary>Version 1 of the quote the versioned benchmarks read: 24 bytes.</summary>
[MappedLayout(Size = 24)]
public partial record struct QuoteV1
{
    /// <summary>The record's index.</summary>
    [Field(0)] public long Id { get; init; }

    /// <summary>A price.</summary>
    [Field(8)] public double Price { get; init; }

    /// <summary>A quantity.</summary>
    [Field(16)] public long Quantity { get; init; }
}

/// <summary>Version 2 of the same layout: <see cref="VenueId"/> added after the version-1 record.</summary>
[MappedLayout(Size = 32, Version = 2)]
public partial record struct QuoteV2
{
    /// <summary>The record's index.</summary>
    [Field(0)] public long Id { get; init; }

    /// <summary>A price.</summary>
    [Field(8)] public double Price { get; init; }

    /// <summary>A quantity.</summary>
    [Field(16)] public long Quantity { get; init; }

    /// <summary>Added in version 2; 0 in records of version 1.</summary>
    [Field(24, Since = 2)] public long VenueId { get; init; }
}

/// <summary>The two table files the versioned benchmarks read: one written by version 1, one by version 2, with the same values.</summary>
internal static class VersionedQuoteFiles
{
    /// <summary>Creates both files of <paramref name="count"/> records in the work directory (replacing older ones); returns their paths.</summary>
    public static (string Version1, string Version2) Create(long count)
    {
        Directory.CreateDirectory(BenchSettings.WorkDirectory);
        string version1 = Path.Combine(BenchSettings.WorkDirectory, "quotes-v1.tbl");
        string version2 = Path.Combine(BenchSettings.WorkDirectory, "quotes-v2.tbl");
        using (var table = MappedTable<QuoteV1>.Create(version1, count))
        {
            for (long i = 0; i < count; i++)
            {
                table.Append(new QuoteV1 { Id = i, Price = i * 0.25, Quantity = i & 1023 });
            }
        }

        using (var table = MappedTable<QuoteV2>.Create(version2, count))
        {
            for (long i = 0; i < count; i++)
            {
                table.Append(new QuoteV2 { Id = i, Price = i * 0.25, Quantity = i & 1023, VenueId = i % 7 });
            }
        }

        return (version1, version2);
    }

    /// <summary>Records per file: 1 GiB of version-2 records, or what the quick mode's data size allows.</summary>
    public static long Count => Math.Max(BenchSettings.ReadsPerInvocation, BenchSettings.DataBytes / QuoteV2.Size);
}
