using MappedStructs.Peers;

namespace MappedStructs.ColdReads;

/// <summary>Random point reads through a MappedStructs mapping of the whole file, with each access advice the runtime offers.</summary>
internal static class MappedRandomReads
{
    /// <summary>Advises the whole mapping once with <paramref name="advice"/>, then reads the records at the indices in order.</summary>
    public static double WithAdvice(ColdFile file, MapAdvice advice)
    {
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        mapped.Advise(0, mapped.Length, advice);
        using MappedView view = mapped.CreateView();
        ReadOnlyRecordSpan<PeerTrade> records = PeerTrade.ReadOnlyRef.Span(view, file.Table.RecordsOffset, file.Table.Count);
        double sum = 0;
        foreach (long index in file.Indices)
        {
            sum += records[index].Price;
        }

        return sum;
    }

    /// <summary>
    /// <see cref="MapAdvice.Random"/> (a fault reads only its own page), plus <see cref="MapAdvice.WillNeed"/> for the page of
    /// the record <paramref name="ahead"/> positions later: up to that many reads in flight instead of one.
    /// </summary>
    public static double WillNeedAhead(ColdFile file, int ahead)
    {
        using var mapped = MappedFile.Open(file.Path, MapAccess.Read);
        mapped.Advise(0, mapped.Length, MapAdvice.Random);
        using MappedView view = mapped.CreateView();
        ReadOnlyRecordSpan<PeerTrade> records = PeerTrade.ReadOnlyRef.Span(view, file.Table.RecordsOffset, file.Table.Count);
        long[] indices = file.Indices;
        for (int i = 0; i < ahead && i < indices.Length; i++)
        {
            AdviseRecord(mapped, file, indices[i]);
        }

        double sum = 0;
        for (int i = 0; i < indices.Length; i++)
        {
            if (i + ahead < indices.Length)
            {
                AdviseRecord(mapped, file, indices[i + ahead]);
            }

            sum += records[indices[i]].Price;
        }

        return sum;
    }

    private static void AdviseRecord(MappedFile mapped, ColdFile file, long index) =>
        mapped.Advise(file.Table.RecordsOffset + (index * PeerTrade.Size), PeerTrade.Size, MapAdvice.WillNeed);
}
