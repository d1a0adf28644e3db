using System;
using System.Buffers.Binary;
using System.IO;
using CsCheck;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Described;

/// <summary>
/// Random damage to a table's layout text, its checksum repaired so that only the text's own rules stand between the damage
/// and the reads: the file is refused as <see cref="InvalidTableFileException"/>, or it opens and every field of every
/// record reads (bytes always; values too, unless they are themselves invalid data).
/// </summary>
public sealed class DescribedTableFuzzTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_damaged_layout_text_is_refused_or_reads_only_inside_the_records()
    {
        byte[] original = ValidFile();
        int textLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(original.AsSpan(TableFileBytes.TextLength));
        Gen<(int Offset, byte Value)[]> damage = Gen.Select(Gen.Int[0, textLength - 1], Gen.OneOf(Gen.Byte, Gen.Char[' ', '~'].Select(c => (byte)c))).Array[1, 4];

        int opened = 0, refused = 0;
        damage.Sample(changes =>
        {
            byte[] file = (byte[])original.Clone();
            foreach ((int offset, byte value) in changes)
            {
                file[TableFileBytes.Text + offset] = value;
            }

            TableFileBytes.FixChecksum(file);
            string path = _dir.File($"fuzz-{Guid.NewGuid():N}.tbl");
            File.WriteAllBytes(path, file);
            DescribedTable table;
            try
            {
                table = DescribedTable.Open(path);
            }
            catch (InvalidTableFileException error)
            {
                Assert.Equal(path, error.FilePath);
                refused++;
                return;
            }

            using (table)
            {
                ReadEveryField(table);
            }

            opened++;
        }, iter: 400, threads: 1);

        // Both outcomes occur (damage to a name keeps a text valid), so neither branch goes unchecked.
        Assert.True(opened > 0 && refused > 0, $"{opened} damaged texts opened, {refused} were refused");
    }

    private static void ReadEveryField(DescribedTable table)
    {
        for (long row = 0; row < table.Count; row++)
        {
            for (int field = 0; field < table.Layout.Fields.Count; field++)
            {
                Assert.Equal(table.Layout.Fields[field].Size, table.GetBytes(row, field).Length);
                try
                {
                    Assert.NotNull(table.GetValue(row, field));
                }
                catch (InvalidDataException)
                {
                    // A field read through a damaged text may hold bytes that are not valid UTF-8, or ticks no DateTime has.
                }
            }
        }
    }

    private byte[] ValidFile()
    {
        string path = _dir.File("valid.tbl");
        using (var table = MappedTable<BigMixed>.Create(path, 3))
        {
            for (int i = 0; i < 3; i++)
            {
                table.Append(new BigMixed { Id = -i, Price = i / 3.0, Quantity = i, Delta = -i, Length = (uint)i, Port = 80, Tag = "abc", Levels = [1, -1, 2] });
            }
        }

        return File.ReadAllBytes(path);
    }
}
