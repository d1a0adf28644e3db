using System;
using System.Buffers.Text;
using System.Diagnostics;
using System.IO;

namespace LogScan;

/// <summary>Writes a synthetic web-server log of about a given size and counts what it wrote, so scans can be checked.</summary>
internal static class LogGenerator
{
    private static readonly string[] s_paths = ["/api/orders", "/api/users", "/api/search", "/health", "/static/app.js"];
    private static readonly string[] s_messages = ["request served", "slow upstream response", "connection reset by peer", "cache miss"];

    /// <summary>Generates up to <paramref name="size"/> bytes of whole lines; returns the lines written and how many are ERROR lines.</summary>
    public static (long Lines, long ErrorLines) Write(string path, long size, int seed, TextWriter output)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        byte[] line = new byte[256];
        long written = 0;
        long lines = 0;
        long errors = 0;
        long nextProgress = size / 10;
        var time = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
        while (true)
        {
            time = time.AddTicks(random.Next(1, 20_000_000));
            int roll = random.Next(100);
            string level = roll < 3 ? "ERROR" : roll < 10 ? "WARN " : "INFO ";
            int length = Format(line, time, level, random);
            if (written + length > size)
            {
                break;
            }

            stream.Write(line, 0, length);
            written += length;
            lines++;
            errors += roll < 3 ? 1 : 0;
            if (written >= nextProgress && size >= 64L << 20)
            {
                output.WriteLine($"  generating: {written * 100 / size,3}% ({written / (1024 * 1024):N0} MiB, {clock.Elapsed.TotalSeconds:N1} s)");
                nextProgress += size / 10;
            }
        }

        return (lines, errors);
    }

    private static int Format(Span<byte> line, DateTime time, string level, Random random)
    {
        // 2026-11-27T00:00:01.2345678Z ERROR worker-3 GET /api/orders/123456 status=500 took=12ms connection reset by peer
        int n = 0;
        Utf8Formatter.TryFormat(time, line, out int w, new System.Buffers.StandardFormat('O'));
        n += w;
        n += Ascii(line[n..], " ");
        n += Ascii(line[n..], level);
        n += Ascii(line[n..], " worker-");
        Utf8Formatter.TryFormat(random.Next(16), line[n..], out w);
        n += w;
        n += Ascii(line[n..], " GET ");
        n += Ascii(line[n..], s_paths[random.Next(s_paths.Length)]);
        n += Ascii(line[n..], "/");
        Utf8Formatter.TryFormat(random.Next(1_000_000), line[n..], out w);
        n += w;
        n += Ascii(line[n..], level[0] == 'E' ? " status=500 took=" : " status=200 took=");
        Utf8Formatter.TryFormat(random.Next(1, 2000), line[n..], out w);
        n += w;
        n += Ascii(line[n..], "ms ");
        n += Ascii(line[n..], s_messages[random.Next(s_messages.Length)]);
        line[n++] = (byte)'\n';
        return n;
    }

    private static int Ascii(Span<byte> destination, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        return text.Length;
    }
}
