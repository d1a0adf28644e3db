using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using CsCheck;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// The export's pipeline: batches encoded ahead of the writer into buffers that take turns, then written in order. Whatever
/// the range and batch size, every value reads back; a writer's failure comes out of the export as thrown.
/// </summary>
public sealed class ExportPipelineTests : IDisposable
{
    private const int Records = 300;

    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Any_range_in_any_batch_size_reads_back_every_value_in_both_byte_orders()
    {
        using var little = DescribedTable.Open(TestTables.WriteWide(_dir.File("little.tbl"), Records, bigEndian: false));
        using var big = DescribedTable.Open(TestTables.WriteWide(_dir.File("big.tbl"), Records, bigEndian: true));

        Gen.Select(Gen.Int[0, Records], Gen.Int[0, Records], Gen.Int[1, 120], Gen.Bool).Sample((from, count, batchSize, bigEndian) =>
        {
            DescribedTable table = bigEndian ? big : little;
            using var stream = new MemoryStream();
            var options = new ExportOptions { FromRecord = from, MaxRecords = count, BatchSize = batchSize };

            ExportResult result = TableExport.ToArrowFile(table, stream, options);

            long expectedCount = Math.Min(count, Records - from);
            Assert.Equal(new ExportResult(from, expectedCount, from + expectedCount), result);
            stream.Position = 0;
            long row = from;
            foreach (RecordBatch batch in ReadAll(stream))
            {
                Assert.True(batch.Length <= batchSize);
                for (int i = 0; i < batch.Length; i++, row++)
                {
                    for (int f = 0; f < table.Layout.Fields.Count; f++)
                    {
                        Assert.Equal(ExpectedValues.Expected(table, row, f), ExpectedValues.Actual(batch.Column(f), i));
                    }
                }
            }

            Assert.Equal(from + expectedCount, row);
        }, iter: 40);
    }

    [Fact]
    public void A_writer_that_fails_fails_the_export_with_its_own_exception()
    {
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 1000));
        using var failing = new FailingStream(failAfterBytes: 5000);
        var written = new List<ExportProgress>();

        IOException e = Assert.Throws<IOException>(() => TableExport.ToArrowFile(table, failing, new ExportOptions { BatchSize = 100, Progress = written.Add }));

        Assert.Equal(FailingStream.Message, e.Message);
        Assert.NotEmpty(written);
        Assert.True(written[^1].RecordsWritten < 1000);
    }

    private static List<RecordBatch> ReadAll(Stream stream)
    {
        using var reader = new ArrowFileReader(stream, leaveOpen: true);
        var batches = new List<RecordBatch>();
        while (reader.ReadNextRecordBatch() is RecordBatch batch)
        {
            batches.Add(batch);
        }

        return batches;
    }

    // A destination that takes some bytes, then fails as a full disk would. It claims to seek, as the Arrow file writer demands,
    // though the writer only asks where it is.
    private sealed class FailingStream(long failAfterBytes) : Stream
    {
        public const string Message = "No space left on the test's device.";

        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => origin == SeekOrigin.Current && offset == 0 ? _written : throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _written += buffer.Length;
            if (_written > failAfterBytes)
            {
                throw new IOException(Message);
            }
        }
    }
}
