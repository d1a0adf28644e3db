namespace MappedStructs.Peers;

/// <summary>The loops a user writes first over a MappedStructs table: <c>foreach</c> over the records, the indexer for random reads.</summary>
internal sealed class MappedStructsContender(string path) : IContender
{
    private const int RecordsPerPage = 4096 / PeerTrade.Size;

    private readonly ReadOnlyMappedTable<PeerTrade> _table = ReadOnlyMappedTable<PeerTrade>.Open(path);

    public long TouchPages()
    {
        long sum = 0;
        long count = _table.Count;
        for (long i = 0; i < count; i += RecordsPerPage)
        {
            sum += _table[i].Id;
        }

        return sum;
    }

    public double ScanPrice()
    {
        double sum = 0;
        foreach (PeerTrade.ReadOnlyRef record in _table)
        {
            sum += record.Price;
        }

        return sum;
    }

    public long ScanQuantity()
    {
        long sum = 0;
        foreach (PeerTrade.ReadOnlyRef record in _table)
        {
            sum += record.Quantity;
        }

        return sum;
    }

    public double RandomPrice(long[] indices)
    {
        double sum = 0;
        foreach (long index in indices)
        {
            sum += _table[index].Price;
        }

        return sum;
    }

    public void Dispose() => _table.Dispose();
}
