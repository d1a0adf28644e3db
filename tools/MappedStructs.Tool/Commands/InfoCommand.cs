using System.CommandLine;
using System.Globalization;
using System.IO;

namespace MappedStructs.Tool.Commands;

/// <summary><c>mappedstructs info FILE</c>: what the header says, and whether it is healthy.</summary>
internal static class InfoCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> file = FileArgument.Create();
        var command = new Command("info", "Format version, layout with every field, count, capacity, sizes, fingerprint and header health.") { file };
        command.SetAction(parsed =>
        {
            using DescribedTable table = TableOpener.Open(parsed.GetRequiredValue(file));
            Write(context.Output, table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, DescribedTable table)
    {
        LayoutInfo layout = table.Layout;
        long count = table.Count;
        long capacity = table.Capacity;
        string order = layout.Endian == Endianness.Big ? "big-endian" : "little-endian";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file         {table.Path}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"format       MappedStructs table, version {table.FormatVersion}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout       {layout.Name}: {layout.Size}-byte records, alignment {layout.Alignment}, {order}, {layout.Fields.Count} fields"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fingerprint  0x{layout.Fingerprint:X16}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records      {count:N0} of capacity {capacity:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sizes        file {table.FileLength:N0} bytes, header {table.RecordsOffset:N0}, records {count * layout.Size:N0} in use of {capacity * layout.Size:N0}, heap {(table.HeapPath is null ? "none (the layout has no variable-length fields)" : new FileInfo(table.HeapPath).Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes")}"));
        if (table.HeapPath is not null)
        {
            var use = HeapUse.Scan(table);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap         {System.IO.Path.GetFileName(table.HeapPath)}: table id {table.HeapTableId}, published {table.HeapLength:N0} bytes, committed {table.HeapCommittedLength:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"heap use     {use.ReferencedBytes:N0} bytes referenced by {use.Values:N0} values, {use.GarbageBytes:N0} garbage ({use.GarbagePercent:0.0} %){(use.BadReferences > 0 ? $", {use.BadReferences:N0} references past the heap (run verify)" : string.Empty)}"));
        }

        output.WriteLine("header       healthy (magic, version, checksum, sizes, capacity and count checked; layout text parsed strictly)");
        output.WriteLine("fields       offset  size kind       type           name");
        foreach (string line in layout.Describe().Split('\n')[1..^1])
        {
            output.WriteLine("           " + line);
        }
    }
}
