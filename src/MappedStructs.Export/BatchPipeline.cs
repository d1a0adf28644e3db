using System;
using System.Threading.Tasks;
using Apache.Arrow;

namespace MappedStructs.Export;

/// <summary>
/// Writes an export's batches while the next one is being encoded: batch k + 1 is gathered from the mapping on a pool thread
/// while batch k goes to the writer on the calling thread, so reading the table and writing the output overlap. Two sets of
/// <see cref="BatchBuffers"/> take turns, so the export holds two batches' columns at most and allocates none after the first
/// two batches. A set is reused only after the writer has returned from the batch that borrowed it.
/// </summary>
internal static class BatchPipeline
{
    /// <summary>
    /// Encodes the <paramref name="total"/> records from <paramref name="first"/> in batches of <paramref name="batchSize"/>,
    /// hands each to <paramref name="write"/> in order and then reports progress, on the calling thread. An encoder's exception
    /// (damaged text, say) comes out of this call as thrown; no encoding is still running when this call returns or throws.
    /// </summary>
    public static void Run(BatchEncoder encoder, long first, long total, int batchSize, Action<RecordBatch> write, Action<ExportProgress>? progress)
    {
        BatchBuffers[] sets = [new(), new()];
        Task<RecordBatch>? next = total > 0 ? EncodeAsync(encoder, first, (int)Math.Min(batchSize, total), sets[0]) : null;
        try
        {
            for (long done = 0, batch = 0; next is not null; batch++)
            {
                RecordBatch current = next.GetAwaiter().GetResult();
                next = null;
                long after = done + current.Length;
                if (after < total)
                {
                    next = EncodeAsync(encoder, first + after, (int)Math.Min(batchSize, total - after), sets[(batch + 1) % 2]);
                }

                using (current)
                {
                    write(current);
                }

                done = after;
                progress?.Invoke(new ExportProgress(done, total));
            }
        }
        finally
        {
            // A writer that failed leaves the next batch encoding; it must finish before the caller may dispose the table.
            if (next is not null)
            {
                ((IAsyncResult)next).AsyncWaitHandle.WaitOne();

                // The writer's exception is the one that propagates; a failure of the batch nobody will write is observed here.
                _ = next.Exception;
            }
        }
    }

    private static Task<RecordBatch> EncodeAsync(BatchEncoder encoder, long firstRow, int rows, BatchBuffers buffers) =>
        Task.Run(() => encoder.Encode(firstRow, rows, buffers));
}
