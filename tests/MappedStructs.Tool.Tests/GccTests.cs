using System;
using System.Globalization;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// The header <c>mappedstructs schema --as c</c> prints compiles with <c>gcc -Wall -Werror</c> (its static asserts on every
/// offset and the size hold), and a C program that maps the table file through it prints the sums the table gives.
/// </summary>
public sealed class GccTests : IDisposable
{
    private const string TradeProgram = """
        #include <fcntl.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <sys/mman.h>
        #include <sys/stat.h>
        #include <unistd.h>
        #include "trade.h"

        int main(int argc, char **argv)
        {
            if (argc != 4) return 2;
            int fd = open(argv[1], O_RDONLY);
            struct stat st;
            if (fd < 0 || fstat(fd, &st) != 0) return 3;
            long offset = atol(argv[2]);
            long count = atol(argv[3]);
            const unsigned char *base = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
            if (base == MAP_FAILED) return 4;
            const struct Trade *trades = (const struct Trade *)(base + offset);
            long long ids = 0, quantities = 0;
            double prices = 0;
            long sides[4] = {0, 0, 0, 0};
            for (long i = 0; i < count; i++)
            {
                ids += trades[i].Id;
                quantities += trades[i].Quantity;
                prices += trades[i].Price;
                sides[trades[i].Side & 3]++;
            }
            printf("%lld %lld %.17g %ld %ld %ld\n", ids, quantities, prices, sides[1], sides[2], sides[3]);
            return 0;
        }
        """;

    private const string WideProgram = """
        #include <stdio.h>
        #include "wide.h"

        int main(void)
        {
            struct Wide wide = {0};
            wide.bits108 = 0x7C;
            printf("%u %zu\n", (unsigned)WIDE_LEVEL(&wide), sizeof wide);
            return 0;
        }
        """;

    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_C_program_mapping_the_table_through_the_rendered_header_prints_the_tables_sums()
    {
        string? whyNot = ExternalTools.WhyNoGcc();
        Assert.SkipWhen(whyNot is not null, whyNot ?? string.Empty);
        string path = TestTables.WriteTrades(_dir.File("trades.tbl"), 5000);
        File.WriteAllText(_dir.File("trade.h"), ToolRun.Of("schema", path, "--as", "c").Output);
        File.WriteAllText(_dir.File("sums.c"), TradeProgram);
        string program = Compile("sums.c", "sums");
        using var table = DescribedTable.Open(path);

        ProcessOutcome outcome = ProcessLauncher.Run(
            ProcessLauncher.StartInfo(program, path, table.RecordsOffset.ToString(CultureInfo.InvariantCulture), table.Count.ToString(CultureInfo.InvariantCulture)),
            TimeSpan.FromMinutes(1)).EnsureSuccess("the C program");

        long[] rows = [.. Enumerable.Range(0, (int)table.Count).Select(r => (long)r)];
        double prices = 0;
        foreach (long row in rows)
        {
            prices += table.GetDouble(row, "Price");
        }

        string expected = string.Create(
            CultureInfo.InvariantCulture,
            $"{rows.Sum(r => table.GetInt64(r, "Id"))} {rows.Sum(r => (long)table.GetInt32(r, "Quantity"))} {prices:R} {rows.Count(r => table.GetInt32(r, "Side") == 1)} {rows.Count(r => table.GetInt32(r, "Side") == 2)} {rows.Count(r => table.GetInt32(r, "Side") == 3)}\n");
        Assert.Equal(expected, outcome.Output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_header_of_every_field_kind_compiles_with_its_static_asserts_and_its_bit_macros_extract_the_bits(bool bigEndian)
    {
        string? whyNot = ExternalTools.WhyNoGcc();
        Assert.SkipWhen(whyNot is not null, whyNot ?? string.Empty);
        string path = TestTables.WriteWide(_dir.File("wide.tbl"), 1, bigEndian);
        using var table = DescribedTable.Open(path);
        DescribedFieldType level = table.FieldTypes[table.FieldIndex("Level")];
        string header = ToolRun.Of("schema", path, "--as", "c").Output;
        Assert.Contains($"_Static_assert(sizeof(struct {(bigEndian ? "WideBig" : "Wide")}) == {table.Layout.Size}", header, StringComparison.Ordinal);
        Assert.Equal(bigEndian, header.Contains("big-endian", StringComparison.Ordinal));
        string name = bigEndian ? "WideBig" : "Wide";
        File.WriteAllText(_dir.File("wide.h"), header);
        File.WriteAllText(_dir.File("wide.c"), WideProgram.Replace("Wide", name, StringComparison.Ordinal).Replace("WIDE_", name.ToUpperInvariant() + "_", StringComparison.Ordinal)
            .Replace("bits108", "bits" + level.Field.Offset.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        string program = Compile("wide.c", "wide");

        ProcessOutcome outcome = ProcessLauncher.Run(ProcessLauncher.StartInfo(program), TimeSpan.FromMinutes(1)).EnsureSuccess("the C program");

        // 0x7C holds bits 2 to 6 set: the 5-bit Level at shift 2 reads 31.
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"31 {table.Layout.Size}\n"), outcome.Output);
    }

    private string Compile(string source, string output)
    {
        ProcessOutcome compiled = ProcessLauncher.Run(
            ProcessLauncher.StartInfo("gcc", "-std=c11", "-D_DEFAULT_SOURCE", "-Wall", "-Wextra", "-Werror", "-o", _dir.File(output), _dir.File(source)),
            TimeSpan.FromMinutes(2));
        Assert.True(compiled.ExitCode == 0, "gcc failed:\n" + compiled.OutputAndErrors);
        return _dir.File(output);
    }
}
