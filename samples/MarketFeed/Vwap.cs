using System.IO;

namespace MarketFeed;

/// <summary>Volume-weighted average price per symbol, kept as running sums.</summary>
internal sealed class Vwap(int symbols)
{
    private readonly double[] _notional = new double[symbols];
    private readonly long[] _volume = new long[symbols];

    public void Add(int symbol, double price, int quantity)
    {
        _notional[symbol] += price * quantity;
        _volume[symbol] += quantity;
    }

    public void Print(string who, TextWriter output)
    {
        for (int symbol = 0; symbol < _volume.Length; symbol++)
        {
            double vwap = _volume[symbol] == 0 ? 0 : _notional[symbol] / _volume[symbol];
            output.WriteLine($"{who}: vwap symbol {symbol} = {vwap:F6} over {_volume[symbol]:N0} shares");
        }
    }
}
