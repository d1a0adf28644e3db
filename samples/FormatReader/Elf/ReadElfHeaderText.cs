using System.Globalization;
using System.IO;

namespace FormatReader.Elf;

/// <summary>The lines <c>readelf -h</c> (GNU binutils) prints for a file header, with its labels, names and number formats.</summary>
internal static class ReadElfHeaderText
{
    /// <summary>Prints <paramref name="header"/>; <paramref name="positionIndependent"/> says what readelf calls a shared object.</summary>
    public static void Print(IElfFileHeader header, bool positionIndependent, TextWriter output)
    {
        ElfIdent ident = header.Ident;
        output.WriteLine("ELF Header:");
        output.Write("  Magic:   ");
        foreach (byte b in ident.Magic)
        {
            output.Write(Invariant($"{b:x2} "));
        }

        foreach (byte b in new[] { ident.Class, ident.Data, ident.Version, ident.OsAbi, ident.AbiVersion })
        {
            output.Write(Invariant($"{b:x2} "));
        }

        foreach (byte b in ident.Pad)
        {
            output.Write(Invariant($"{b:x2} "));
        }

        output.WriteLine();
        Line(output, "Class:", ident.Class switch { 0 => "none", 1 => "ELF32", 2 => "ELF64", _ => Invariant($"<unknown: {ident.Class:x}>") });
        Line(output, "Data:", ident.Data switch { 0 => "none", 1 => "2's complement, little endian", 2 => "2's complement, big endian", _ => Invariant($"<unknown: {ident.Data:x}>") });
        Line(output, "Version:", Invariant($"{ident.Version}{(ident.Version == 1 ? " (current)" : ident.Version != 0 ? " <unknown>" : string.Empty)}"));
        Line(output, "OS/ABI:", ElfNames.OsAbi(ident.OsAbi));
        Line(output, "ABI Version:", Invariant($"{ident.AbiVersion}"));
        Line(output, "Type:", ElfNames.FileType(header.Type, positionIndependent));
        Line(output, "Machine:", ElfNames.Machine(header.Machine));
        Line(output, "Version:", Invariant($"0x{header.Version:x}"));
        Line(output, "Entry point address:", Invariant($"0x{header.Entry:x}"));
        Line(output, "Start of program headers:", Invariant($"{header.PhOff} (bytes into file)"));
        Line(output, "Start of section headers:", Invariant($"{header.ShOff} (bytes into file)"));
        Line(output, "Flags:", Invariant($"0x{header.Flags:x}"));
        Line(output, "Size of this header:", Invariant($"{header.EhSize} (bytes)"));
        Line(output, "Size of program headers:", Invariant($"{header.PhEntSize} (bytes)"));
        Line(output, "Number of program headers:", Invariant($"{header.PhNum}"));
        Line(output, "Size of section headers:", Invariant($"{header.ShEntSize} (bytes)"));
        Line(output, "Number of section headers:", Invariant($"{header.ShNum}"));
        Line(output, "Section header string table index:", Invariant($"{header.ShStrNdx}"));
    }

    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"  {label,-35}{value}");

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
