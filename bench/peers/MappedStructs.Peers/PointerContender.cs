using System.IO;
using System.IO.MemoryMappedFiles;

namespace MappedStructs.Peers;

/// <summary>
/// A raw pointer to a hand-written struct over a <see cref="MemoryMappedFile"/> view: C's loop in C#, no checks at all.
/// The floor the generated accessors are held to, in the same runtime as them.
/// </summary>
internal sealed unsafe class PointerContender : IContender
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _accessor;
    private readonly PeerTradeRaw* _records;
    private readonly long _count;

    public PointerContender(string path, TableFile table)
    {
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _accessor = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        _accessor.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _records = (PeerTradeRaw*)(start + _accessor.PointerOffset + table.RecordsOffset);
        _count = table.Count;
    }

    public long TouchPages()
    {
        long sum = 0;
        for (long i = 0; i < _count; i += 4096 / PeerTrade.Size)
        {
            sum += _records[i].Id;
        }

        return sum;
    }

    public double ScanPrice()
    {
        double sum = 0;
        PeerTradeRaw* records = _records;
        for (long i = 0; i < _count; i++)
        {
            sum += records[i].Price;
        }

        return sum;
    }

    public long ScanQuantity()
    {
        long sum = 0;
        PeerTradeRaw* records = _records;
        for (long i = 0; i < _count; i++)
        {
            sum += records[i].Quantity;
        }

        return sum;
    }

    public double RandomPrice(long[] indices)
    {
        double sum = 0;
        PeerTradeRaw* records = _records;
        foreach (long index in indices)
        {
            sum += records[index].Price;
        }

        return sum;
    }

    public void Dispose()
    {
        _accessor.SafeMemoryMappedViewHandle.ReleasePointer();
        _accessor.Dispose();
        _file.Dispose();
    }
}
