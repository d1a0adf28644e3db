using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>AppendRange from spans and sequences: the records, one growth, one count publication, and what a failure publishes.</summary>
public sealed class AppendRangeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AppendRange_of_spans_and_sequences_stores_what_Append_would()
    {
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 300].Array[0, 4]).Sample((capacity, batches) =>
        {
            using var table = MappedTable<Tick>.Create(_dir.File($"t-{Guid.NewGuid():N}.tbl"), capacity);
            var expected = new List<Tick>();
            for (int b = 0; b < batches.Length; b++)
            {
                Tick[] batch = Enumerable.Range(expected.Count, batches[b]).Select(i => Tick.Create(i, i * 7L)).ToArray();
                long first = (b % 3) switch
                {
                    0 => table.AppendRange(batch.AsSpan()),
                    1 => table.AppendRange(batch.Select(t => t)),
                    _ => table.AppendRange(batch.ToList()),
                };

                Assert.Equal(expected.Count, first);
                expected.AddRange(batch);
            }

            Assert.Equal(expected, TickTables.ReadAll(table));
        }, iter: 100);
    }

    [Fact]
    public void A_span_batch_grows_the_file_once_to_exactly_what_it_needs()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 4);
        table.Append(Tick.Create(0, 0));

        table.AppendRange(Enumerable.Range(1, 999).Select(i => Tick.Create(i, i)).ToArray().AsSpan());

        // Appending one at a time doubles 4 -> 8 -> ... -> 1024; one growth for the batch lands on 1000.
        Assert.Equal(1000, table.Capacity);
        Assert.Equal(1000, table.Count);
    }

    [Fact]
    public void A_sequence_of_known_length_grows_the_file_once()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 4);

        table.AppendRange(Enumerable.Range(0, 999).Select(i => Tick.Create(i, i)).ToArray().AsReadOnly());

        Assert.Equal(999, table.Capacity);
    }

    [Fact]
    public void A_sequence_publishes_its_records_once_after_the_last()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 2);
        table.Append(Tick.Create(0, 0));
        using var reader = ReadOnlyMappedTable<Tick>.Open(table.Path);
        var seenWhileAppending = new List<long>();

        IEnumerable<Tick> Values()
        {
            for (int i = 1; i <= 50; i++)
            {
                seenWhileAppending.Add(reader.Count);
                yield return Tick.Create(i, i);
            }
        }

        Assert.Equal(1, table.AppendRange(Values()));

        Assert.All(seenWhileAppending, count => Assert.Equal(1, count));
        Assert.Equal(51, reader.Count);
        Assert.Equal(Tick.Create(50, 50), reader[50].Load());
    }

    [Fact]
    public void A_sequence_that_throws_halfway_publishes_none_of_its_records()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 2);
        table.Append(Tick.Create(0, 0));

        IEnumerable<Tick> Failing()
        {
            for (int i = 1; i <= 20; i++)
            {
                yield return Tick.Create(i, i);
            }

            throw new InvalidDataException("source failed");
        }

        Assert.Throws<InvalidDataException>(() => table.AppendRange(Failing()));

        Assert.Equal(1, table.Count);
        Assert.Equal(1, table.Append(Tick.Create(1, 100)));
        Assert.Equal([Tick.Create(0, 0), Tick.Create(1, 100)], TickTables.ReadAll(table));
    }

    [Fact]
    public void A_sequence_that_disposes_the_table_ends_with_ObjectDisposedException()
    {
        var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 2);

        IEnumerable<Tick> Disposing()
        {
            yield return Tick.Create(0, 0);
            table.Dispose();
            yield return Tick.Create(1, 1);
        }

        Assert.Throws<ObjectDisposedException>(() => table.AppendRange(Disposing()));
    }

    [Fact]
    public void Read_only_and_full_copy_on_write_tables_refuse_a_batch_and_publish_nothing()
    {
        string path = _dir.File("t.tbl");
        using (var created = MappedTable<Tick>.Create(path, 3))
        {
            created.Append(Tick.Create(0, 0));
        }

        using (var readOnly = MappedTable<Tick>.Open(path))
        {
            Assert.Throws<InvalidOperationException>(() => readOnly.AppendRange([Tick.Create(1, 1)]));
            Assert.Throws<InvalidOperationException>(() => readOnly.AppendRange(Enumerable.Repeat(Tick.Create(1, 1), 1)));
        }

        using var copy = MappedTable<Tick>.Open(path, MapAccess.CopyOnWrite);
        Assert.Throws<InvalidOperationException>(() => copy.AppendRange(Enumerable.Range(1, 5).Select(i => Tick.Create(i, i)).ToArray().AsSpan()));
        Assert.Equal(1, copy.Count);
        Assert.Throws<ArgumentNullException>(() => copy.AppendRange((IEnumerable<Tick>)null!));
    }

    [Fact]
    public void An_empty_batch_changes_nothing()
    {
        using var table = MappedTable<Tick>.Create(_dir.File("t.tbl"), 0);

        Assert.Equal(0, table.AppendRange(ReadOnlySpan<Tick>.Empty));
        Assert.Equal(0, table.AppendRange(Enumerable.Empty<Tick>()));
        Assert.Equal(0, table.Count);
        Assert.Equal(0, table.Capacity);
    }
}
