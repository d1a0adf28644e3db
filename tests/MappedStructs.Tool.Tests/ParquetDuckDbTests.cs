using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using DuckDB.NET.Data;
using MappedStructs.Export;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// SQL by DuckDB (its own Parquet reader, bundled by DuckDB.NET.Data.Full) over the Parquet export gives exactly what the same
/// computation over the table gives: counts, sums, minima and maxima per column, a GROUP BY over an enum column, string columns.
/// </summary>
public sealed class ParquetDuckDbTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void DuckDB_aggregates_over_the_Parquet_export_equal_the_tables()
    {
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 20_000));
        string parquet = _dir.File("trades.parquet");
        TableExport.ToParquet(table, parquet, new ExportOptions { BatchSize = 3000 });
        var ids = Enumerable.Range(0, (int)table.Count).Select(r => table.GetInt64(r, "Id")).ToList();
        var prices = Enumerable.Range(0, (int)table.Count).Select(r => table.GetDouble(r, "Price")).ToList();
        var quantities = Enumerable.Range(0, (int)table.Count).Select(r => table.GetInt32(r, "Quantity")).ToList();
        var sides = Enumerable.Range(0, (int)table.Count).Select(r => table.GetInt32(r, "Side")).ToList();
        var symbols = Enumerable.Range(0, (int)table.Count).Select(r => table.GetString(r, "Symbol")).ToList();

        using DuckDBConnection db = Open();
        string from = $" FROM read_parquet('{parquet}')";
        Assert.Equal(table.Count, (long)Number(Scalar(db, "SELECT count(*)" + from)));
        Assert.Equal(ids.Sum(), (long)Number(Scalar(db, "SELECT sum(Id)" + from)));
        Assert.Equal(quantities.Sum(q => (long)q), (long)Number(Scalar(db, "SELECT sum(Quantity)" + from)));
        Assert.Equal(ids.Min(), (long)Scalar(db, "SELECT min(Id)" + from));
        Assert.Equal(ids.Max(), (long)Scalar(db, "SELECT max(Id)" + from));
        Assert.Equal(prices.Min(), (double)Scalar(db, "SELECT min(Price)" + from));
        Assert.Equal(prices.Max(), (double)Scalar(db, "SELECT max(Price)" + from));
        Assert.Equal(quantities.Min(), (int)Scalar(db, "SELECT min(Quantity)" + from));
        Assert.Equal(quantities.Max(), (int)Scalar(db, "SELECT max(Quantity)" + from));
        Assert.Equal(symbols.Min(StringComparer.Ordinal), (string)Scalar(db, "SELECT min(Symbol)" + from));
        Assert.Equal(symbols.Max(StringComparer.Ordinal), (string)Scalar(db, "SELECT max(Symbol)" + from));
        Assert.Equal(symbols.Distinct().Count(), (int)Number(Scalar(db, "SELECT count(DISTINCT Symbol)" + from)));
        Assert.Equal(symbols.Count(s => s == "Ωmega"), (int)Number(Scalar(db, "SELECT count(*)" + from + " WHERE Symbol = 'Ωmega'")));

        // The worked example of docs/beyond-one-machine.md: volume and trades per side.
        var expected = sides.Zip(quantities).GroupBy(p => p.First).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {g.Count()} trades, {g.Sum(p => (long)p.Second)} shares").ToList();
        var actual = new List<string>();
        using (DuckDBCommand command = db.CreateCommand())
        {
            command.CommandText = "SELECT Side, count(*) AS trades, sum(Quantity) AS shares" + from + " GROUP BY Side ORDER BY Side";
            using DuckDBDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                actual.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetValue(0)}: {reader.GetValue(1)} trades, {reader.GetValue(2)} shares"));
            }
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DuckDB_reads_every_column_of_every_field_kind_as_the_Arrow_export_holds_it(bool bigEndian)
    {
        using var table = DescribedTable.Open(TestTables.WriteWide(_dir.File("wide.tbl"), 300, bigEndian));
        string parquet = _dir.File("wide.parquet");
        TableExport.ToParquet(table, parquet);

        using DuckDBConnection db = Open();
        string from = $" FROM read_parquet('{parquet}')";
        Assert.Equal(300L, (long)Number(Scalar(db, "SELECT count(*)" + from)));
        foreach (string column in new[] { "I64", "U64", "I32", "U32", "I16", "U16", "I8", "U8", "I24", "U24", "Level", "Side", "Elapsed" })
        {
            int field = table.FieldIndex(column);
            decimal[] values = [.. Enumerable.Range(0, 300).Select(r => Integer(table.GetValue(r, field)))];
            Assert.Equal(values.Sum(), Number(Scalar(db, $"SELECT sum({column}::HUGEINT)" + from)));
            Assert.Equal(values.Min(), Number(Scalar(db, $"SELECT min({column})" + from)));
            Assert.Equal(values.Max(), Number(Scalar(db, $"SELECT max({column})" + from)));
        }

        double[] doubles = [.. Enumerable.Range(0, 300).Select(r => table.GetDouble(r, "F64"))];
        Assert.Equal(doubles.Max(), (double)Scalar(db, "SELECT max(F64)" + from));
        Assert.Equal(doubles.Min(), (double)Scalar(db, "SELECT min(F64)" + from));
        float[] floats = [.. Enumerable.Range(0, 300).Select(r => table.GetSingle(r, "F32"))];
        Assert.Equal(floats.Max(), (float)Scalar(db, "SELECT max(F32)" + from));
        string[] names = [.. Enumerable.Range(0, 300).Select(r => table.GetString(r, "Name"))];
        Assert.Equal(names.Max(StringComparer.Ordinal), (string)Scalar(db, "SELECT max(Name)" + from));
        string[] codes = [.. Enumerable.Range(0, 300).Select(r => table.GetString(r, "Code"))];
        Assert.Equal(codes.Max(StringComparer.Ordinal), (string)Scalar(db, "SELECT max(Code)" + from));
        Assert.Equal(codes.Count(c => c.Length == 0), (int)Number(Scalar(db, "SELECT count(*)" + from + " WHERE Code = ''")));
        string[] huge = [.. Enumerable.Range(0, 300).Select(r => ((Int128)table.GetValue(r, "I128")).ToString(CultureInfo.InvariantCulture))];
        Assert.Equal(huge.Min(h => Int128.Parse(h, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), Convert.ToString(Scalar(db, "SELECT min(I128::HUGEINT)" + from), CultureInfo.InvariantCulture));
        DateTime[] whens = [.. Enumerable.Range(0, 300).Select(r => (DateTime)table.GetValue(r, "When"))];
        Assert.Equal(Microseconds(whens.Max()), (DateTime)Scalar(db, "SELECT max(\"When\")" + from));
        Assert.Equal(Microseconds(whens.Min()), (DateTime)Scalar(db, "SELECT min(\"When\")" + from));
        var first = (Guid)table.GetValue(1, "Id");
        Assert.Equal(first.ToString("N"), ((string)Scalar(db, "SELECT lower(hex(Id))" + from + " LIMIT 1 OFFSET 1")).ToLowerInvariant());
        int[] values0 = [.. Enumerable.Range(0, 300).Select(r => (int)((object[])table.GetValue(r, "Values"))[1])];
        Assert.Equal(values0.Sum(v => (long)v), (long)Number(Scalar(db, "SELECT sum(Values[2])" + from)));
        Assert.Equal(Enumerable.Range(0, 300).Count(r => table.GetBoolean(r, "Flag")), (int)Number(Scalar(db, "SELECT count(*)" + from + " WHERE Flag")));
    }

    private static DateTime Microseconds(DateTime value) => new(value.Ticks - (value.Ticks % 10));

    private static decimal Integer(object value) => value switch
    {
        TimeSpan t => t.Ticks,
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    // DuckDB returns HUGEINT results (sums of BIGINT, casts) as BigInteger, the rest as their .NET integer types.
    private static decimal Number(object value) => value is BigInteger big ? (decimal)big : Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static object Scalar(DuckDBConnection db, string sql)
    {
        using DuckDBCommand command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() ?? throw new InvalidOperationException("no result: " + sql);
    }
}
