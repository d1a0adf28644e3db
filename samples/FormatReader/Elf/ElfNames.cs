using System.Globalization;

namespace FormatReader.Elf;

/// <summary>readelf's names for EI_OSABI, e_type and the common e_machine values (System V gABI and the processor supplements).</summary>
internal static class ElfNames
{
    public static string OsAbi(byte osAbi) => osAbi switch
    {
        0 => "UNIX - System V",
        1 => "UNIX - HP-UX",
        2 => "UNIX - NetBSD",
        3 => "UNIX - GNU",
        6 => "UNIX - Solaris",
        7 => "UNIX - AIX",
        8 => "UNIX - IRIX",
        9 => "UNIX - FreeBSD",
        10 => "UNIX - TRU64",
        11 => "Novell - Modesto",
        12 => "UNIX - OpenBSD",
        13 => "VMS - OpenVMS",
        14 => "HP - Non-Stop Kernel",
        15 => "AROS",
        16 => "FenixOS",
        17 => "Nuxi CloudABI",
        18 => "Stratus Technologies OpenVOS",
        _ => string.Create(CultureInfo.InvariantCulture, $"<unknown: {osAbi:x}>"),
    };

    public static string FileType(ushort type, bool positionIndependent) => type switch
    {
        0 => "NONE (None)",
        1 => "REL (Relocatable file)",
        2 => "EXEC (Executable file)",
        3 => positionIndependent ? "DYN (Position-Independent Executable file)" : "DYN (Shared object file)",
        4 => "CORE (Core file)",
        >= 0xff00 => string.Create(CultureInfo.InvariantCulture, $"Processor Specific: ({type:x})"),
        >= 0xfe00 => string.Create(CultureInfo.InvariantCulture, $"OS Specific: ({type:x})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"<unknown>: {type:x}"),
    };

    public static string Machine(ushort machine) => machine switch
    {
        0 => "None",
        2 => "Sparc",
        3 => "Intel 80386",
        8 => "MIPS R3000",
        20 => "PowerPC",
        21 => "PowerPC64",
        22 => "IBM S/390",
        40 => "ARM",
        43 => "Sparc v9",
        62 => "Advanced Micro Devices X86-64",
        183 => "AArch64",
        243 => "RISC-V",
        258 => "LoongArch",
        _ => string.Create(CultureInfo.InvariantCulture, $"<unknown>: 0x{machine:x}"),
    };
}
