using System;
using System.Globalization;
using System.IO;
using System.Linq;
using MappedStructs.TestSupport;

namespace MappedStructs.Tool.Tests;

/// <summary>
/// numpy.memmap of the table file, with the dtype <c>mappedstructs schema --as numpy</c> prints and the header size as the
/// offset, reads every field of every record as the table does, in both byte orders.
/// </summary>
public sealed class NumpyMemmapTests : IDisposable
{
    // Each record as one line, each field as text: integers in decimal, floats as their little-endian bytes (exact), text
    // and raw bytes in hex, array elements joined by '|'.
    private const string Script = """
        import sys, numpy
        dtype = eval(open(sys.argv[1]).read(), {'numpy': numpy})
        records = numpy.memmap(sys.argv[2], dtype=dtype, mode='r', offset=int(sys.argv[3]), shape=(int(sys.argv[4]),))
        def canon(value, base):
            if base.kind in 'iu': return str(int(value))
            if base.kind == 'b': return 'true' if value else 'false'
            if base.kind == 'f': return numpy.asarray(value, dtype=base.newbyteorder('<')).tobytes().hex()
            return bytes(value).hex()
        lines = []
        for record in records:
            cells = []
            for name in dtype.names:
                field = dtype.fields[name][0]
                if field.shape:
                    cells.append('|'.join(canon(e, field.base) for e in numpy.asarray(record[name]).reshape(-1)))
                else:
                    cells.append(canon(record[name], field.base))
            lines.append(','.join(cells))
        sys.stdout.write('\n'.join(lines) + '\n')
        """;

    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Numpy_reads_every_field_of_every_record_with_the_rendered_dtype(bool bigEndian)
    {
        (string? python, string? whyNot) = ExternalTools.PythonWithNumpy();
        Assert.SkipWhen(python is null, whyNot ?? string.Empty);
        string path = TestTables.WriteWide(_dir.File("wide.tbl"), 200, bigEndian);
        var schema = ToolRun.Of("schema", path, "--as", "numpy");
        Assert.Equal(0, schema.ExitCode);
        Assert.Contains(bigEndian ? "'>i8'" : "'<i8'", schema.Output, StringComparison.Ordinal);
        File.WriteAllText(_dir.File("dtype.py"), schema.Output);
        File.WriteAllText(_dir.File("read.py"), Script);
        using var table = DescribedTable.Open(path);

        ProcessOutcome outcome = ProcessLauncher.Run(
            ProcessLauncher.StartInfo(python!, _dir.File("read.py"), _dir.File("dtype.py"), path, table.RecordsOffset.ToString(CultureInfo.InvariantCulture), table.Count.ToString(CultureInfo.InvariantCulture)),
            TimeSpan.FromMinutes(2)).EnsureSuccess("python3 reading the table with numpy.memmap");

        string[] lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        for (int row = 0; row < lines.Length; row++)
        {
            Assert.Equal(Expected(table, row), lines[row]);
        }
    }

    private static string Expected(DescribedTable table, long row) =>
        string.Join(',', Enumerable.Range(0, table.FieldTypes.Count).Select(f => Cell(table, row, f)));

    private static string Cell(DescribedTable table, long row, int field)
    {
        DescribedFieldType type = table.FieldTypes[field];
        ReadOnlySpan<byte> bytes = table.GetBytes(row, field);
        bool big = table.Layout.Endian == Endianness.Big;
        string[] cells = new string[type.ElementCount];
        for (int e = 0; e < cells.Length; e++)
        {
            ReadOnlySpan<byte> element = bytes.Slice(e * type.ElementSize, type.ElementSize);
            object? value = type.ValueType == FieldValueType.Nested ? null : type.IsArray ? ((object[])table.GetValue(row, field))[e] : table.GetValue(row, field);
            cells[e] = type.ValueType switch
            {
                FieldValueType.Bool => (bool)value! ? "true" : "false",
                FieldValueType.Char => ((int)(char)value!).ToString(CultureInfo.InvariantCulture),
                FieldValueType.DateTime => ((DateTime)value!).Ticks.ToString(CultureInfo.InvariantCulture),
                FieldValueType.TimeSpan => ((TimeSpan)value!).Ticks.ToString(CultureInfo.InvariantCulture),
                FieldValueType.Float16 => Convert.ToHexStringLower(BitConverter.GetBytes((Half)value!)),
                FieldValueType.Float32 => Convert.ToHexStringLower(BitConverter.GetBytes((float)value!)),
                FieldValueType.Float64 => Convert.ToHexStringLower(BitConverter.GetBytes((double)value!)),
                FieldValueType.UInt8 or FieldValueType.Int8 or FieldValueType.Int16 or FieldValueType.UInt16 or FieldValueType.Int32
                    or FieldValueType.UInt32 or FieldValueType.Int64 or FieldValueType.UInt64 => ((IFormattable)value!).ToString(null, CultureInfo.InvariantCulture),
                FieldValueType.Bits => Container(element, big).ToString(CultureInfo.InvariantCulture),
                FieldValueType.Utf8 => Convert.ToHexStringLower(element.TrimEnd((byte)0)),
                _ => Convert.ToHexStringLower(element),
            };
        }

        return string.Join('|', cells);
    }

    private static ulong Container(ReadOnlySpan<byte> bytes, bool big)
    {
        ulong value = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            value |= (ulong)bytes[i] << (8 * (big ? bytes.Length - 1 - i : i));
        }

        return value;
    }
}
