using System;

using MappedStructs.Peers;

namespace MappedStructs.ColdReads;

/// <summary>Scans through a MappedStructs mapping of the whole file, with each access advice the runtime offers.</summary>
internal static class MappedScans
{
    /// <summary>Advises the whole mapping once with <paramref name="advice"/>, then sums every record in order.</summary>
    public static long WithAdvice(ColdFile file, MapAdvice advice)
    {
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        mapped.Advise(0, mapped.Length, advice);
        using MappedView view = mapped.CreateView();
        return SumQuantity(view, file, 0, file.Table.Count);
    }

    /// <summary>
    /// Scans window by window, asking for the next window (<see cref="MapAdvice.WillNeed"/>, asynchronous readahead) before
    /// reading the current one, so the disk works while the CPU sums.
    /// </summary>
    public static long WillNeedNextWindow(ColdFile file)
    {
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        using MappedView view = mapped.CreateView();
        long windowRecords = WindowRecords(file);
        mapped.Advise(file.Table.RecordsOffset, Math.Min(file.WindowBytes, file.RecordBytes), MapAdvice.WillNeed);
        long sum = 0;
        for (long first = 0; first < file.Table.Count; first += windowRecords)
        {
            long next = first + windowRecords;
            if (next < file.Table.Count)
            {
                long nextCount = Math.Min(windowRecords, file.Table.Count - next);
                mapped.Advise(file.Table.RecordsOffset + (next * PeerTrade.Size), nextCount * PeerTrade.Size, MapAdvice.WillNeed);
            }

            sum += SumQuantity(view, file, first, Math.Min(windowRecords, file.Table.Count - first));
        }

        return sum;
    }

    /// <summary>Scans window by window, faulting each window in with one <see cref="MappedFile.Prefault"/> call before reading it.</summary>
    public static long PrefaultEachWindow(ColdFile file)
    {
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        using MappedView view = mapped.CreateView();
        long windowRecords = WindowRecords(file);
        long sum = 0;
        for (long first = 0; first < file.Table.Count; first += windowRecords)
        {
            long count = Math.Min(windowRecords, file.Table.Count - first);
            mapped.Prefault(file.Table.RecordsOffset + (first * PeerTrade.Size), count * PeerTrade.Size);
            sum += SumQuantity(view, file, first, count);
        }

        return sum;
    }

    private static long WindowRecords(ColdFile file) => Math.Max(1, file.WindowBytes / PeerTrade.Size);

    private static long SumQuantity(MappedView view, ColdFile file, long first, long count)
    {
        ReadOnlyRecordSpan<PeerTrade> records = PeerTrade.ReadOnlyRef.Span(view, file.Table.RecordsOffset + (first * PeerTrade.Size), count);
        long sum = 0;
        foreach (ReadOnlyMappedRecord<PeerTrade> record in records)
        {
            sum += record.Quantity;
        }

        return sum;
    }
}
