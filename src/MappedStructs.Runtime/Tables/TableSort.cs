using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// The one in-place sort of a table's records [0, count): an introsort (median-of-three quicksort, insertion sort below
/// 16 records, heapsort when the recursion gets too deep), the algorithm of <see cref="Array.Sort(Array)"/>, moving
/// records inside the mapping through two record-sized scratch buffers. Not stable. Every index it touches stays in
/// [0, count) even when the order is inconsistent, because the partition scans are bounded by index, not by sentinels.
/// </summary>
internal static class TableSort
{
    private const int InsertionSortThreshold = 16;
    private const int StackScratchLimit = 1024;

    public static void Sort<T, TOrder>(TableStorage storage, long count, TOrder order)
        where T : struct, IMappedLayout<T>
        where TOrder : struct, IRecordOrder
    {
        if (count < 2)
        {
            return;
        }

        // Whole records at the file's stride move, so that a file of a newer layout version keeps the fields this code does not know.
        int size = storage.RecordSize;
        byte[]? rented = null;
        Span<byte> scratch = 2L * size <= StackScratchLimit ? stackalloc byte[StackScratchLimit] : (rented = ArrayPool<byte>.Shared.Rent(2 * size));
        try
        {
            var sorter = new Sorter<T, TOrder>(storage, order, scratch[..size], scratch.Slice(size, size));
            sorter.IntroSort(0, count, 2 * (BitOperations.Log2((ulong)count) + 1));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private ref struct Sorter<T, TOrder>
        where T : struct, IMappedLayout<T>
        where TOrder : struct, IRecordOrder
    {
        private readonly TableStorage _storage;
        private readonly Span<byte> _swap;
        private readonly Span<byte> _pivot;

        [SuppressMessage("Style", "IDE0044", Justification = "Not readonly: SetPivot stores the pivot's key in the order; a readonly field would call it on a copy.")]
        private TOrder _order;

        public Sorter(TableStorage storage, TOrder order, Span<byte> swap, Span<byte> pivot)
        {
            _storage = storage;
            _order = order;
            _swap = swap;
            _pivot = pivot;
        }

        /// <summary>Sorts [<paramref name="low"/>, <paramref name="high"/>).</summary>
        public void IntroSort(long low, long high, int depthLimit)
        {
            while (high - low > InsertionSortThreshold)
            {
                if (depthLimit == 0)
                {
                    HeapSort(low, high);
                    return;
                }

                depthLimit--;
                long split = Partition(low, high);

                // Recurse into the smaller side, loop over the larger: the stack stays O(log n) deep.
                if (split - low < high - split)
                {
                    IntroSort(low, split, depthLimit);
                    low = split + 1;
                }
                else
                {
                    IntroSort(split + 1, high, depthLimit);
                    high = split;
                }
            }

            InsertionSort(low, high);
        }

        private long Partition(long low, long high)
        {
            long last = high - 1;
            long middle = low + ((last - low) >> 1);
            SwapIfGreater(low, middle);
            SwapIfGreater(low, last);
            SwapIfGreater(middle, last);

            long nextToLast = last - 1;
            Swap(middle, nextToLast);
            SetPivot(nextToLast);
            long left = low;
            long right = nextToLast;
            while (left < right)
            {
                while (left < nextToLast && _order.CompareToPivot(++left, _pivot) < 0)
                {
                }

                while (right > low && _order.CompareToPivot(--right, _pivot) > 0)
                {
                }

                if (left >= right)
                {
                    break;
                }

                Swap(left, right);
            }

            if (left != nextToLast)
            {
                Swap(left, nextToLast);
            }

            return left;
        }

        private void InsertionSort(long low, long high)
        {
            for (long i = low + 1; i < high; i++)
            {
                SetPivot(i);
                long j = i - 1;
                while (j >= low && _order.CompareToPivot(j, _pivot) > 0)
                {
                    Record(j).CopyTo(Record(j + 1));
                    j--;
                }

                _pivot.CopyTo(Record(j + 1));
            }
        }

        private void HeapSort(long low, long high)
        {
            long n = high - low;
            for (long i = n >> 1; i >= 1; i--)
            {
                DownHeap(i, n, low);
            }

            for (long i = n; i > 1; i--)
            {
                Swap(low, low + i - 1);
                DownHeap(1, i - 1, low);
            }
        }

        private void DownHeap(long i, long n, long low)
        {
            SetPivot(low + i - 1);
            while (i <= n >> 1)
            {
                long child = 2 * i;
                if (child < n && _order.Compare(low + child - 1, low + child) < 0)
                {
                    child++;
                }

                if (_order.CompareToPivot(low + child - 1, _pivot) <= 0)
                {
                    break;
                }

                Record(low + child - 1).CopyTo(Record(low + i - 1));
                i = child;
            }

            _pivot.CopyTo(Record(low + i - 1));
        }

        private void SwapIfGreater(long left, long right)
        {
            if (left != right && _order.Compare(left, right) > 0)
            {
                Swap(left, right);
            }
        }

        private readonly void Swap(long left, long right)
        {
            Span<byte> a = Record(left);
            Span<byte> b = Record(right);
            a.CopyTo(_swap);
            b.CopyTo(a);
            _swap.CopyTo(b);
        }

        private void SetPivot(long index)
        {
            Record(index).CopyTo(_pivot);
            _order.SetPivot(_pivot);
        }

        // The order's user code may have disposed the table since the last record was touched.
        private readonly Span<byte> Record(long index)
        {
            _storage.ThrowIfDisposed();
            return MemoryMarshal.CreateSpan(ref _storage.RecordStart(index, _storage.RecordSize), _storage.RecordSize);
        }
    }
}
