using System;
using MappedStructs;

namespace FormatReader.Wave;

/// <summary>Writes a 24-bit stereo PCM WAV file (a 440 Hz tone left, 660 Hz right) through the generated views.</summary>
internal static class WaveWriter
{
    private const int Channels = 2;
    private const int BitsPerSample = 24;
    private const int PeakAmplitude = 1 << 22;

    /// <summary>Writes <paramref name="frames"/> frames at <paramref name="sampleRate"/> Hz to <paramref name="path"/>.</summary>
    public static void Write(string path, int sampleRate, int frames)
    {
        const int HeadersBytes = RiffHeader.Size + RiffChunkHeader.Size_ + WaveFormat.Size + RiffChunkHeader.Size_;
        uint dataBytes = (uint)(frames * StereoFrame24.Size);
        using var file = MappedFile.Create(path, HeadersBytes + dataBytes);
        using MappedView view = file.CreateView();
        var riff = RiffHeader.Ref.From(view, 0);
        RiffChunkHeader.Ref riffChunk = riff.Chunk;
        "RIFF"u8.CopyTo(riffChunk.ChunkId);
        riffChunk.Size = (uint)(HeadersBytes - RiffChunkHeader.Size_ + dataBytes);
        "WAVE"u8.CopyTo(riff.FormType);

        long offset = RiffHeader.Size;
        WriteChunkHeader(view, offset, "fmt "u8, WaveFormat.Size);
        WaveFormat.Ref.From(view, offset + RiffChunkHeader.Size_).Store(new WaveFormat
        {
            FormatTag = 1,
            Channels = Channels,
            SamplesPerSec = (uint)sampleRate,
            AvgBytesPerSec = (uint)(sampleRate * StereoFrame24.Size),
            BlockAlign = StereoFrame24.Size,
            BitsPerSample = BitsPerSample,
        });

        offset += RiffChunkHeader.Size_ + WaveFormat.Size;
        WriteChunkHeader(view, offset, "data"u8, dataBytes);
        long data = offset + RiffChunkHeader.Size_;
        for (int i = 0; i < frames; i++)
        {
            var frame = StereoFrame24.Ref.From(view, data + ((long)i * StereoFrame24.Size));
            frame.Left = Tone(440, i, sampleRate);
            frame.Right = Tone(660, i, sampleRate);
        }

        file.Flush();
    }

    private static void WriteChunkHeader(MappedView view, long offset, ReadOnlySpan<byte> id, uint size)
    {
        var chunk = RiffChunkHeader.Ref.From(view, offset);
        id.CopyTo(chunk.ChunkId);
        chunk.Size = size;
    }

    private static int Tone(int hertz, int frame, int sampleRate) =>
        (int)Math.Round(PeakAmplitude * Math.Sin(2 * Math.PI * hertz * frame / sampleRate));
}
