using System;
using System.Collections.Generic;

namespace MappedStructs.Export;

/// <summary>
/// The memory of one record batch's column buffers. The encoders of a batch take their buffers in the same order every batch,
/// so a set that is reused for batch after batch hands each column the array it had last time (grown only when a batch needs
/// more): a whole export then holds a fixed number of these sets, whatever the table's size, and allocates no column memory
/// after its first batches. A new set per batch gives batches that own their memory, for callers that keep them.
/// </summary>
internal sealed class BatchBuffers
{
    private readonly List<byte[]> _arrays = [];
    private int _taken;

    /// <summary>Starts a new batch: the next <see cref="Take"/> hands out the first array again.</summary>
    public void Reset() => _taken = 0;

    /// <summary>
    /// <paramref name="bytes"/> bytes for the next buffer of the batch. Their content is undefined (the arrays are not cleared,
    /// neither when made nor when reused): the encoder writes every byte the column's Arrow buffer holds.
    /// </summary>
    public Memory<byte> Take(int bytes)
    {
        if (_taken == _arrays.Count)
        {
            _arrays.Add(GC.AllocateUninitializedArray<byte>(bytes));
        }
        else if (_arrays[_taken].Length < bytes)
        {
            _arrays[_taken] = GC.AllocateUninitializedArray<byte>(bytes);
        }

        return _arrays[_taken++].AsMemory(0, bytes);
    }
}
