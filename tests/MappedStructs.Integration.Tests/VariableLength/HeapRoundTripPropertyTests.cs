using System;
using System.Linq;
using System.Text;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.VariableLength;

/// <summary>
/// CsCheck round trips of random variable-length values through a real table: appended, reopened, then read in place and
/// through Load, in both byte orders; text includes non-ASCII characters, blobs any bytes (invalid UTF-8 included), arrays
/// any ints, longs and doubles. The sizes named by the issue (empty, one byte, 64 KiB, 1 MiB) are cases of their own.
/// </summary>
public sealed class HeapRoundTripPropertyTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Any UTF-16 text whose characters are whole (no lone surrogates): ASCII, accents, CJK and emoji.
    private static readonly Gen<string> s_text =
        Gen.OneOf(
                Gen.Char['a', 'z'].Select(c => c.ToString()),
                Gen.Char['\u00C0', '\u024F'].Select(c => c.ToString()),
                Gen.Char['\u4E00', '\u4FFF'].Select(c => c.ToString()),
                Gen.Const("\U0001F600"))
            .Array[0, 40]
            .Select(parts => string.Concat(parts));

    private static readonly Gen<LogEntry> s_entries =
        Gen.Select(Gen.Long, Gen.Int, s_text, Gen.Byte.Array[0, 300], Gen.Int.Array[0, 50])
            .Select((stamp, level, text, payload, tags) => new LogEntry { Timestamp = stamp, Level = level, Message = text, Payload = payload, Tags = tags });

    private static readonly Gen<Samples> s_samples =
        Gen.Select(Gen.Long.Array[0, 40], Gen.Double.Array[0, 40], Gen.SByte.Array[0, 40])
            .Select((counts, values, deltas) => new Samples { Counts = counts, Values = values, Deltas = deltas });

    [Fact]
    public void Random_log_entries_round_trip_little_and_big_endian()
    {
        s_entries.Array[1, 12].Sample(entries =>
        {
            string path = _dir.File($"log-{Guid.NewGuid():N}.tbl");
            string bigPath = _dir.File($"big-{Guid.NewGuid():N}.tbl");
            using (var table = MappedTable<LogEntry>.Create(path, 4))
            using (var big = MappedTable<BigFullLogEntry>.Create(bigPath, 4))
            {
                foreach (LogEntry entry in entries)
                {
                    table.Append(entry);
                    big.Append(ToBig(entry));
                }
            }

            using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
            using var bigReader = ReadOnlyMappedTable<BigFullLogEntry>.Open(bigPath);
            for (int i = 0; i < entries.Length; i++)
            {
                AssertSame(entries[i], reader[i]);
                BigFullLogEntry.ReadOnlyRef view = bigReader[i];
                Assert.Equal(entries[i].Message, view.Message);
                Assert.Equal(entries[i].Payload.ToArray(), view.Payload.ToArray());
                Assert.Equal(entries[i].Tags, view.Tags.ToArray());
                Assert.Equal(entries[i].Tags, view.Load().Tags);
            }
        }, iter: 60);
    }

    [Fact]
    public void Random_long_double_and_sbyte_arrays_round_trip_in_both_orders()
    {
        s_samples.Array[1, 8].Sample(samples =>
        {
            string path = _dir.File($"s-{Guid.NewGuid():N}.tbl");
            string bigPath = _dir.File($"b-{Guid.NewGuid():N}.tbl");
            using (var table = MappedTable<Samples>.Create(path, 2))
            using (var big = MappedTable<BigSamples>.Create(bigPath, 2))
            {
                foreach (Samples sample in samples)
                {
                    table.Append(sample);
                    big.Append(new BigSamples { Counts = sample.Counts, Values = sample.Values, Deltas = sample.Deltas });
                }
            }

            using var reader = ReadOnlyMappedTable<Samples>.Open(path);
            using var bigReader = ReadOnlyMappedTable<BigSamples>.Open(bigPath);
            for (int i = 0; i < samples.Length; i++)
            {
                Assert.Equal(samples[i].Counts, reader[i].Counts.ToArray());
                Assert.Equal(samples[i].Values, reader[i].Values.ToArray());
                Assert.Equal(samples[i].Deltas, reader[i].Deltas.ToArray());
                BigSamples loaded = bigReader[i].Load();
                Assert.Equal(samples[i].Counts, loaded.Counts);
                Assert.Equal(samples[i].Values, loaded.Values);
                Assert.Equal(samples[i].Deltas, loaded.Deltas);
            }
        }, iter: 60);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData(1024 * 1024)]
    public void Values_of_the_issue_sizes_round_trip(int length)
    {
        var random = new Random(length);
        byte[] payload = new byte[length];
        random.NextBytes(payload);
        var entry = new LogEntry
        {
            Timestamp = length,
            Message = new string('é', length / 2),
            Payload = payload,
            Tags = Enumerable.Range(0, length / 4).ToArray(),
        };
        string path = _dir.File("sizes.tbl");
        using (var table = MappedTable<LogEntry>.Create(path, 1))
        {
            table.Append(entry);
        }

        using var reader = ReadOnlyMappedTable<LogEntry>.Open(path);
        AssertSame(entry, reader[0]);
        Assert.Equal(length / 2 * 2, reader[0].MessageReference.Length);
    }

    private static void AssertSame(LogEntry expected, LogEntry.ReadOnlyRef view)
    {
        Assert.Equal(expected.Message, view.Message);
        Assert.Equal(Encoding.UTF8.GetBytes(expected.Message), view.MessageBytes.ToArray());
        Assert.Equal(expected.Payload.ToArray(), view.Payload.ToArray());
        Assert.Equal(expected.Tags, view.Tags.ToArray());
        LogEntry loaded = view.Load();
        Assert.Equal((expected.Timestamp, expected.Level, expected.Message), (loaded.Timestamp, loaded.Level, loaded.Message));
        Assert.Equal(expected.Payload.ToArray(), loaded.Payload.ToArray());
        Assert.Equal(expected.Tags, loaded.Tags);
    }

    private static BigFullLogEntry ToBig(LogEntry entry) => new()
    {
        Timestamp = entry.Timestamp,
        Level = entry.Level,
        Message = entry.Message,
        Payload = entry.Payload.ToArray(),
        Tags = entry.Tags,
    };
}
