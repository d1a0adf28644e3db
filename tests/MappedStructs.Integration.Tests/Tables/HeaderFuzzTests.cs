using System;
using System.IO;
using System.Threading;
using CsCheck;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

public sealed class HeaderFuzzTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A byte position biased towards the fixed header, where every number lives.</summary>
    private static readonly Gen<int> s_position = Gen.Frequency(
        (6, Gen.Int[0, 63]),
        (2, Gen.Int[64, 400]),
        (1, Gen.Int[0, 4096 + (4 * 24) - 1]));

    private static readonly Gen<(int Offset, byte Value)[]> s_mutations =
        Gen.Select(s_position, Gen.Byte).Array[1, 6];

    /// <summary>No truncation (most cases), or a cut anywhere in the file.</summary>
    private static readonly Gen<int> s_truncation = Gen.Frequency(
        (4, Gen.Const(-1)),
        (1, Gen.Int[0, 4096 + (4 * 24)]));

    [Fact]
    public void Random_damage_gives_a_valid_table_or_a_documented_exception()
    {
        byte[] valid = BadHeaderTests.ValidTableBytes();
        int caseNumber = 0;
        int opened = 0;
        int refused = 0;

        Gen.Select(s_mutations, s_truncation).Sample(
            damage =>
            {
                byte[] bytes = (byte[])valid.Clone();
                foreach ((int offset, byte value) in damage.Item1)
                {
                    bytes[offset] = value;
                }

                if (damage.Item2 >= 0)
                {
                    bytes = bytes[..damage.Item2];
                }

                // Sometimes fix the checksum so that damage reaches the rules behind it.
                if (bytes.Length >= TableFileBytes.Text && damage.Item1.Length % 2 == 0)
                {
                    TableFileBytes.FixChecksum(bytes);
                }

                string path = _dir.File($"fuzz-{Interlocked.Increment(ref caseNumber)}.tbl");
                File.WriteAllBytes(path, bytes);
                try
                {
                    using var table = MappedTable<Tick>.Open(path, MapAccess.Read);

                    // Opened: every record up to the count must be readable inside the mapping.
                    long count = table.Count;
                    Assert.InRange(count, 0, table.Capacity);
                    long n = 0;
                    foreach (ReadOnlyMappedRecord<Tick> record in table)
                    {
                        _ = record.Load();
                        n++;
                    }

                    Assert.Equal(count, n);
                    Interlocked.Increment(ref opened);
                }
                catch (InvalidTableFileException e)
                {
                    Assert.Equal(path, e.FilePath);
                    Assert.True(Enum.IsDefined(e.Problem));
                    Interlocked.Increment(ref refused);
                }

                Assert.Equal(bytes, File.ReadAllBytes(path));
                File.Delete(path);
            },
            iter: 3000);

        Assert.True(opened > 0, "no damaged file opened: the generator never leaves a header intact");
        Assert.True(refused > 0, "no damaged file was refused");
    }
}
