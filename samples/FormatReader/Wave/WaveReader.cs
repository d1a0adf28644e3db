using System;
using System.Buffers.Binary;
using System.IO;
using MappedStructs;

namespace FormatReader.Wave;

/// <summary>
/// Prints a WAV file's format as <c>soxi</c> does. It walks the RIFF chunks from the first to the end of the RIFF chunk,
/// checking that each header and its data lie within it before viewing them, and reads the "fmt " and "data" chunks.
/// </summary>
internal static class WaveReader
{
    private const ushort FormatPcm = 1;
    private const ushort FormatExtensible = 0xFFFE;

    // WAVE_FORMAT_EXTENSIBLE's SubFormat GUID starts with the format tag it stands for, 24 bytes into the chunk.
    private const int SubFormatOffset = 24;
    private const int Int24Max = (1 << 23) - 1;

    // The peak scan views the data a window at a time: one range check per window, none per sample.
    private const int SamplesPerWindow = 1 << 16;

    /// <summary>Prints the format of the WAV file at <paramref name="path"/>.</summary>
    public static void Print(string path, TextWriter output)
    {
        using MappedFile file = MappedInput.Open(path, RiffHeader.Size, "a RIFF header");
        using MappedView view = file.CreateView();
        var riff = RiffHeader.ReadOnlyRef.From(view, 0);
        if (!riff.Chunk.ChunkId.SequenceEqual("RIFF"u8) || !riff.FormType.SequenceEqual("WAVE"u8))
        {
            throw MalformedFileException.In(path, "not a WAV file: it does not start with \"RIFF\" and the form type \"WAVE\"");
        }

        // The RIFF chunk's size counts the form type and every chunk after it.
        long end = RiffChunkHeader.Size_ + (long)riff.Chunk.Size;
        if (riff.Chunk.Size < 4 || end > view.Length)
        {
            throw MalformedFileException.In(path, $"the RIFF chunk claims {riff.Chunk.Size} bytes, the file holds {view.Length - RiffChunkHeader.Size_} after its header");
        }

        (WaveFormat format, ushort encoding) = (default, 0);
        bool hasFormat = false;
        long dataOffset = -1;
        uint dataSize = 0;
        for (long offset = RiffHeader.Size; offset < end;)
        {
            if (end - offset < RiffChunkHeader.Size_)
            {
                throw MalformedFileException.In(path, $"truncated chunk header at offset {offset}");
            }

            var chunk = RiffChunkHeader.ReadOnlyRef.From(view, offset);
            long data = offset + RiffChunkHeader.Size_;
            if (chunk.Size > end - data)
            {
                throw MalformedFileException.In(path, $"the chunk \"{FourCharacterCode(chunk.ChunkId)}\" at offset {offset} claims {chunk.Size} bytes, only {end - data} follow it");
            }

            if (chunk.ChunkId.SequenceEqual("fmt "u8))
            {
                (format, encoding) = ReadFormat(path, view, data, chunk.Size);
                hasFormat = true;
            }
            else if (chunk.ChunkId.SequenceEqual("data"u8) && dataOffset < 0)
            {
                (dataOffset, dataSize) = (data, chunk.Size);
            }

            // Chunks start at even offsets: an odd-sized chunk is followed by one pad byte.
            offset = data + chunk.Size + (chunk.Size & 1);
        }

        if (!hasFormat || dataOffset < 0)
        {
            throw MalformedFileException.In(path, $"a WAV file needs a \"fmt \" and a \"data\" chunk; this one has {(hasFormat ? "no \"data\"" : "no \"fmt \"")} chunk");
        }

        long frames = dataSize / format.BlockAlign;
        SoxInfo.Print(path, view.Length, format, encoding, frames, output);
        // Packed frames only: a BlockAlign wider than the samples (padding) would need a stride per frame.
        if (encoding == FormatPcm && format.BitsPerSample == 24 && format.BlockAlign == format.Channels * Sample24.Size)
        {
            output.WriteLine($"Peak (24-bit)  : {PeakOf24BitSamples(view, dataOffset, frames * format.Channels)} of {Int24Max}");
        }
    }

    private static (WaveFormat Format, ushort Encoding) ReadFormat(string path, MappedView view, long offset, uint size)
    {
        if (size < WaveFormat.Size)
        {
            throw MalformedFileException.In(path, $"the \"fmt \" chunk holds {size} bytes, fewer than the {WaveFormat.Size} of WAVEFORMAT");
        }

        WaveFormat format = WaveFormat.ReadOnlyRef.From(view, offset).Load();
        int bytesPerSample = (format.BitsPerSample + 7) / 8;
        if (format.Channels == 0 || format.SamplesPerSec == 0 || format.BitsPerSample == 0 || format.BlockAlign < format.Channels * bytesPerSample)
        {
            throw MalformedFileException.In(path, $"impossible format: {format.Channels} channels, {format.SamplesPerSec} Hz, {format.BitsPerSample} bits per sample, {format.BlockAlign} bytes per frame");
        }

        ushort encoding = format.FormatTag;
        if (encoding == FormatExtensible && size >= SubFormatOffset + sizeof(ushort))
        {
            encoding = BinaryPrimitives.ReadUInt16LittleEndian(view.GetReadOnlySpan(offset + SubFormatOffset, sizeof(ushort)));
        }

        return (format, encoding);
    }

    private static int PeakOf24BitSamples(MappedView view, long offset, long samples)
    {
        int peak = 0;
        for (long first = 0; first < samples; first += SamplesPerWindow)
        {
            int count = (int)Math.Min(SamplesPerWindow, samples - first);
            ReadOnlySpan<byte> window = view.GetReadOnlySpan(offset + (first * Sample24.Size), count * Sample24.Size);
            for (int i = 0; i < count; i++)
            {
                peak = Math.Max(peak, Math.Abs(Sample24.ReadOnlyRef.From(window[(i * Sample24.Size)..]).Value));
            }
        }

        return peak;
    }

    private static string FourCharacterCode(ReadOnlySpan<byte> code)
    {
        Span<char> text = stackalloc char[4];
        for (int i = 0; i < 4; i++)
        {
            text[i] = code[i] is >= 0x20 and < 0x7F ? (char)code[i] : '?';
        }

        return new string(text);
    }
}
