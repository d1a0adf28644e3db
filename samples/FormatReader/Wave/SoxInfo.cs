using System;
using System.Globalization;
using System.IO;

namespace FormatReader.Wave;

/// <summary>The lines <c>soxi</c> (SoX 14.4) prints for a WAV file, with its number formats.</summary>
internal static class SoxInfo
{
    private const ushort FormatPcm = 1;
    private const ushort FormatIeeeFloat = 3;

    // SoX counts CD audio sectors: 75 per second of 44,100 Hz audio.
    private const int CddaSectorsPerSecond = 75;
    private const int CddaRate = 44_100;

    /// <summary>Prints the soxi lines for a file of <paramref name="fileSize"/> bytes holding <paramref name="frames"/> frames.</summary>
    public static void Print(string path, long fileSize, WaveFormat format, ushort encoding, long frames, TextWriter output)
    {
        double seconds = (double)frames / format.SamplesPerSec;
        output.WriteLine();
        output.WriteLine($"Input File     : '{path}'");
        output.WriteLine(Invariant($"Channels       : {format.Channels}"));
        output.WriteLine(Invariant($"Sample Rate    : {format.SamplesPerSec}"));
        output.WriteLine(Invariant($"Precision      : {Precision(format.BitsPerSample, encoding)}-bit"));
        char approximately = format.SamplesPerSec == CddaRate ? '=' : '~';
        output.WriteLine(Invariant($"Duration       : {Time(seconds)} = {frames} samples {approximately} {General(seconds * CddaSectorsPerSecond)} CDDA sectors"));
        output.WriteLine($"File Size      : {SignificantFigures3(fileSize)}");
        if (frames > 0)
        {
            output.WriteLine($"Bit Rate       : {SignificantFigures3(8.0 * fileSize / seconds)}");
        }

        output.WriteLine($"Sample Encoding: {Encoding(format.BitsPerSample, encoding)}");
        output.WriteLine();
    }

    private static int Precision(ushort bits, ushort encoding) => encoding == FormatIeeeFloat && bits == 32 ? 24 : bits;

    private static string Encoding(ushort bits, ushort encoding) => encoding switch
    {
        FormatPcm when bits <= 8 => Invariant($"{bits}-bit Unsigned Integer PCM"),
        FormatPcm => Invariant($"{bits}-bit Signed Integer PCM"),
        FormatIeeeFloat => Invariant($"{bits}-bit Floating Point PCM"),
        _ => Invariant($"format tag 0x{encoding:x4}, not decoded here"),
    };

    // SoX's str_time: hh:mm:ss.ss.
    private static string Time(double seconds)
    {
        long hours = (long)(seconds / 3600);
        long minutes = (long)(seconds / 60) % 60;
        double rest = seconds - (hours * 3600) - (minutes * 60);
        return Invariant($"{hours:00}:{minutes:00}:{rest:00.00}");
    }

    // C's %g: six significant digits, trailing zeros dropped.
    private static string General(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>
    /// SoX's lsx_sigfigs3: three significant figures, with k, M, G... (powers of 1000) for numbers from 1,000 up; below,
    /// C's <c>%#.3g</c> with a fraction of zeros dropped.
    /// </summary>
    public static string SignificantFigures3(double number)
    {
        string scientific = number.ToString("0.00e+0", CultureInfo.InvariantCulture);
        int exponent = int.Parse(scientific[(scientific.IndexOf('e', StringComparison.Ordinal) + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int digits = int.Parse(scientific.AsSpan(0, 1), CultureInfo.InvariantCulture) * 100 + int.Parse(scientific.AsSpan(2, 2), CultureInfo.InvariantCulture);
        if (exponent < 3)
        {
            string fixedPoint = number.ToString(exponent >= 2 ? "0" : exponent == 1 ? "0.0" : exponent == 0 ? "0.00" : "0.000", CultureInfo.InvariantCulture);
            int point = fixedPoint.IndexOf('.', StringComparison.Ordinal);
            return point < 0 || fixedPoint.AsSpan(point + 1).TrimEnd('0').IsEmpty ? fixedPoint.Split('.')[0] : fixedPoint;
        }

        const string Symbols = "\0kMGTPEZY";
        char symbol = exponent / 3 < Symbols.Length ? Symbols[exponent / 3] : '?';
        return (exponent % 3) switch
        {
            0 => Invariant($"{digits / 100}.{digits % 100:00}{symbol}"),
            1 => Invariant($"{digits / 10}.{digits % 10}{symbol}"),
            _ => Invariant($"{digits}{symbol}"),
        };
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
