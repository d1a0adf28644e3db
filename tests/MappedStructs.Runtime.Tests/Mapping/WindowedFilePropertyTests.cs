using System;
using System.Collections.Generic;
using System.IO;
using CsCheck;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// Random file lengths, window sizes and view requests against the file read with a FileStream: every view inside the
/// file and the window shows the file's bytes (also after later moves), every other request is refused, never a fault.
/// </summary>
public sealed class WindowedFilePropertyTests
{
    [Fact]
    public void Views_of_a_windowed_file_show_the_bytes_a_FileStream_reads()
    {
        long granule = SlidingWindow.Granularity;
        Gen<(int FileLength, long Window, (long Offset, long Length, bool Keep)[] Views)> cases =
            from fileLength in Gen.OneOf(Gen.Int[0, (int)(4 * granule) + 17], Gen.Const((int)(3 * granule)))
            from window in Gen.OneOf(Gen.Long[1, 3 * granule], Gen.Const(granule))
            from views in Gen.Select(
                Gen.OneOf(Gen.Long[-2, fileLength + 2], Gen.Const((long)fileLength), Gen.Long[0, granule].Select(g => Math.Max(0, fileLength - g))),
                Gen.OneOf(Gen.Long[-1, Math.Min(window + 2, fileLength + 2)], Gen.Const(window), Gen.Const(0L)),
                Gen.Bool).Array[1, 12]
            select (fileLength, window, views);

        cases.Sample((fileLength, window, views) =>
        {
            using TempFile file = new();
            byte[] bytes = file.WritePattern(fileLength);
            using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, window);
            List<(MappedView View, long Offset)> kept = [];
            try
            {
                foreach ((long offset, long length, bool keep) in views)
                {
                    bool inside = offset >= 0 && length >= 0 && offset + length <= fileLength;
                    if (!inside || length > window)
                    {
                        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(offset, length));
                        continue;
                    }

                    if (fileLength == 0)
                    {
                        Assert.Throws<InvalidOperationException>(() => mapped.CreateView(offset, length));
                        continue;
                    }

                    MappedView view = mapped.CreateView(offset, length);
                    Assert.Equal(offset, view.Offset);
                    Assert.Equal(bytes.AsSpan((int)offset, (int)length).ToArray(), view.ReadOnlySpan.ToArray());
                    Assert.Throws<ArgumentOutOfRangeException>(() => view.Read<byte>(length));
                    if (keep)
                    {
                        kept.Add((view, offset));
                    }
                    else
                    {
                        view.Dispose();
                    }
                }

                // Views kept across every later move still show their bytes.
                foreach ((MappedView view, long offset) in kept)
                {
                    Assert.Equal(bytes.AsSpan((int)offset, (int)view.Length).ToArray(), view.ReadOnlySpan.ToArray());
                }
            }
            finally
            {
                kept.ForEach(k => k.View.Dispose());
            }
        }, iter: 300);
    }

    [Fact]
    public void IndexOf_on_a_windowed_file_agrees_with_searching_the_bytes_FileStream_reads()
    {
        Gen<(byte[] Bytes, byte[] Pattern, long Window, int Start)> cases =
            from bytes in Gen.Byte[0, 2].Array[1, 3000]
            from pattern in Gen.Byte[0, 2].Array[1, 4]
            from window in Gen.Long[pattern.Length, 600]
            from start in Gen.Int[0, bytes.Length]
            select (bytes, pattern, window, start);

        cases.Sample((bytes, pattern, window, start) =>
        {
            using TempFile file = new();
            File.WriteAllBytes(file.Path, bytes);
            byte[] read = file.ReadBack();
            int expected = read.AsSpan(start).IndexOf(pattern);
            using var mapped = MappedFile.OpenWindowed(file.Path, MapAccess.Read, window);

            Assert.Equal(expected < 0 ? -1 : start + expected, mapped.IndexOf(pattern, start));
        }, iter: 300);
    }
}
