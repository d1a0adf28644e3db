using System.IO;
using System.IO.MemoryMappedFiles;

namespace MappedStructs.Peers;

/// <summary><see cref="MemoryMappedViewAccessor"/>: what .NET offers without MappedStructs, one call per field read.</summary>
internal sealed class ViewAccessorContender : IContender
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _accessor;
    private readonly long _recordsOffset;
    private readonly long _count;

    public ViewAccessorContender(string path, TableFile table)
    {
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _accessor = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        _recordsOffset = table.RecordsOffset;
        _count = table.Count;
    }

    public long TouchPages()
    {
        long sum = 0;
        long end = _recordsOffset + (_count * PeerTrade.Size);
        for (long offset = _recordsOffset; offset < end; offset += 4096)
        {
            sum += _accessor.ReadInt64(offset);
        }

        return sum;
    }

    public double ScanPrice()
    {
        double sum = 0;
        long end = _recordsOffset + (_count * PeerTrade.Size);
        for (long offset = _recordsOffset + PeerTrade.PriceOffset; offset < end; offset += PeerTrade.Size)
        {
            sum += _accessor.ReadDouble(offset);
        }

        return sum;
    }

    public long ScanQuantity()
    {
        long sum = 0;
        long end = _recordsOffset + (_count * PeerTrade.Size);
        for (long offset = _recordsOffset + PeerTrade.QuantityOffset; offset < end; offset += PeerTrade.Size)
        {
            sum += _accessor.ReadInt64(offset);
        }

        return sum;
    }

    public double RandomPrice(long[] indices)
    {
        double sum = 0;
        long priceBase = _recordsOffset + PeerTrade.PriceOffset;
        foreach (long index in indices)
        {
            sum += _accessor.ReadDouble(priceBase + (index * PeerTrade.Size));
        }

        return sum;
    }

    public void Dispose()
    {
        _accessor.Dispose();
        _file.Dispose();
    }
}
