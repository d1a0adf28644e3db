using System;
using System.IO;
using MappedStructs;

namespace FormatReader.Elf;

/// <summary>
/// Prints an ELF file's header as <c>readelf -h</c> does. EI_CLASS picks the 32- or 64-bit layouts and EI_DATA the byte
/// order their per-view layouts read in; the program and section header tables must lie within the file, and for a
/// shared object the dynamic segment is read (as readelf does) to tell a position-independent executable from a library.
/// </summary>
internal static class ElfReader
{
    private const byte ClassElf32 = 1;
    private const byte ClassElf64 = 2;
    private const byte DataLittleEndian = 1;
    private const byte DataBigEndian = 2;
    private const ushort TypeSharedObject = 3;
    private const uint SegmentDynamic = 2;
    private const long TagNull = 0;
    private const long TagFlags1 = 0x6ffffffb;
    private const ulong Flags1Pie = 0x08000000;

    private static ReadOnlySpan<byte> Magic => [0x7F, (byte)'E', (byte)'L', (byte)'F'];

    /// <summary>Whether the file at <paramref name="path"/> starts with the ELF magic number (a host's executables may be another format).</summary>
    public static bool HasElfMagic(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using FileStream stream = File.OpenRead(path);
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Magic);
    }

    /// <summary>Prints the header of the ELF file at <paramref name="path"/>.</summary>
    public static void Print(string path, TextWriter output)
    {
        using MappedFile file = MappedInput.Open(path, ElfIdent.Size, "an ELF identification");
        using MappedView view = file.CreateView();
        var ident = ElfIdent.ReadOnlyRef.From(view, 0);
        if (!ident.Magic.SequenceEqual(Magic))
        {
            throw MalformedFileException.In(path, "not an ELF file: it does not start with 7f 45 4c 46");
        }

        Endianness byteOrder = ident.Data switch
        {
            DataLittleEndian => Endianness.Little,
            DataBigEndian => Endianness.Big,
            _ => throw MalformedFileException.In(path, $"unknown ELF data encoding {ident.Data} (EI_DATA 1 for little-endian, 2 for big-endian)"),
        };
        switch (ident.Class)
        {
            case ClassElf64:
                Print<Elf64Header, Elf64ProgramHeader, Elf64Dynamic>(path, view, byteOrder, output);
                break;
            case ClassElf32:
                Print<Elf32Header, Elf32ProgramHeader, Elf32Dynamic>(path, view, byteOrder, output);
                break;
            default:
                throw MalformedFileException.In(path, $"unknown ELF class {ident.Class} (EI_CLASS 1 for ELF32, 2 for ELF64)");
        }
    }

    private static void Print<THeader, TProgram, TDynamic>(string path, MappedView view, Endianness byteOrder, TextWriter output)
        where THeader : struct, IMappedLayout<THeader>, IElfFileHeader, IElfRecord<THeader>
        where TProgram : struct, IMappedLayout<TProgram>, IElfProgramHeader, IElfRecord<TProgram>
        where TDynamic : struct, IMappedLayout<TDynamic>, IElfDynamic, IElfRecord<TDynamic>
    {
        int headerSize = THeader.Layout.Size;
        if (view.Length < headerSize)
        {
            throw MalformedFileException.In(path, $"{view.Length} bytes is too short for an ELF{(headerSize == Elf64Header.Size ? 64 : 32)} file header ({headerSize} bytes)");
        }

        THeader header = THeader.Read(view, 0, byteOrder);
        CheckTable(path, view.Length, header.PhOff, header.PhNum, header.PhEntSize, TProgram.Layout.Size, "program header table");
        CheckTable(path, view.Length, header.ShOff, header.ShNum, header.ShEntSize, SectionHeaderSize(headerSize), "section header table");
        bool pie = header.Type == TypeSharedObject && IsPositionIndependentExecutable<TProgram, TDynamic>(path, view, byteOrder, header);
        ReadElfHeaderText.Print(header, pie, output);
    }

    private static int SectionHeaderSize(int fileHeaderSize) => fileHeaderSize == Elf64Header.Size ? 64 : 40;

    private static void CheckTable(string path, long fileLength, ulong offset, ushort count, ushort entrySize, int expectedEntrySize, string what)
    {
        if (count == 0)
        {
            return;
        }

        if (entrySize != expectedEntrySize)
        {
            throw MalformedFileException.In(path, $"the {what} has entries of {entrySize} bytes; this class of ELF file has {expectedEntrySize}");
        }

        FileBounds.Require(path, fileLength, offset, count, entrySize, $"the {what}");
    }

    // readelf's is_pie: a shared object is a position-independent executable when its DT_FLAGS_1 entry has DF_1_PIE.
    private static bool IsPositionIndependentExecutable<TProgram, TDynamic>(string path, MappedView view, Endianness byteOrder, IElfFileHeader header)
        where TProgram : struct, IMappedLayout<TProgram>, IElfProgramHeader, IElfRecord<TProgram>
        where TDynamic : struct, IMappedLayout<TDynamic>, IElfDynamic, IElfRecord<TDynamic>
    {
        int programSize = TProgram.Layout.Size;
        for (int i = 0; i < header.PhNum; i++)
        {
            TProgram segment = TProgram.Read(view, (long)header.PhOff + ((long)i * programSize), byteOrder);
            if (segment.Type != SegmentDynamic)
            {
                continue;
            }

            int dynamicSize = TDynamic.Layout.Size;
            FileBounds.Require(path, view.Length, segment.Offset, segment.FileSz / (ulong)dynamicSize, (ulong)dynamicSize, "the dynamic segment");
            for (ulong entry = 0; entry < segment.FileSz / (ulong)dynamicSize; entry++)
            {
                TDynamic dynamic = TDynamic.Read(view, (long)(segment.Offset + (entry * (ulong)dynamicSize)), byteOrder);
                if (dynamic.Tag == TagNull)
                {
                    return false;
                }

                if (dynamic.Tag == TagFlags1)
                {
                    return (dynamic.Val & Flags1Pie) != 0;
                }
            }

            return false;
        }

        return false;
    }
}
