using System;
using CsCheck;

namespace MappedStructs.Tests.Mapping;

/// <summary>Properties over generated ranges and write sequences, checked against a plain byte array model.</summary>
public sealed class ViewPropertyTests
{
    private static readonly Gen<long> s_edgy = Gen.OneOf(
        Gen.Long[-3, 3 * 4096 + 3],
        Gen.OneOf<long>(long.MinValue, long.MinValue + 1, -1L, long.MaxValue - 1, long.MaxValue, int.MaxValue, uint.MaxValue));

    [Fact]
    public void CreateView_succeeds_exactly_for_ranges_inside_the_mapping()
    {
        Gen.Select(Gen.Long[1, 3 * 4096], s_edgy, s_edgy, s_edgy, s_edgy).Sample((size, offset, length, subOffset, subLength) =>
        {
            using var mapped = MappedFile.CreateAnonymous(size);
            bool inside = offset >= 0 && length >= 0 && (Int128)offset + length <= size;
            if (!inside)
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => mapped.CreateView(offset, length));
                return;
            }

            using MappedView view = mapped.CreateView(offset, length);
            Assert.Equal(length, view.Length);
            bool subInside = subOffset >= 0 && subLength >= 0 && (Int128)subOffset + subLength <= length;
            if (!subInside)
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => view.CreateView(subOffset, subLength));
                Assert.Throws<ArgumentOutOfRangeException>(() => view.Read<byte>(subOffset < 0 ? subOffset : length));
                return;
            }

            using MappedView sub = view.CreateView(subOffset, subLength);
            Assert.Equal(offset + subOffset, sub.Offset);
        }, iter: 2000);
    }

    [Fact]
    public void Writes_through_any_sub_view_match_a_byte_array_model()
    {
        const int Size = 2 * 4096 + 100;
        Gen<(long Start, long Length, long At, long Value, int Width)> write =
            from start in Gen.Long[0, Size - 1]
            from length in Gen.Long[1, Size - start]
            from at in Gen.Long[-2, length + 2]
            from value in Gen.Long
            from width in Gen.OneOf(1, 2, 4, 8)
            select (start, length, at, value, width);

        write.Array[1, 40].Sample(writes =>
        {
            byte[] model = new byte[Size];
            using var mapped = MappedFile.CreateAnonymous(Size);
            using MappedView whole = mapped.CreateView();
            foreach ((long start, long length, long at, long value, int width) in writes)
            {
                using MappedView sub = whole.CreateView(start, length);
                bool fits = at >= 0 && at + width <= length;
                Action store = width switch
                {
                    1 => () => sub.Write(at, (byte)value),
                    2 => () => sub.Write(at, (short)value),
                    4 => () => sub.Write(at, (int)value),
                    _ => () => sub.Write(at, value),
                };
                if (!fits)
                {
                    Assert.Throws<ArgumentOutOfRangeException>(store);
                    continue;
                }

                store();
                BitConverter.GetBytes(value).AsSpan(0, width).CopyTo(model.AsSpan((int)(start + at)));
                Assert.Equal(model[(int)(start + at)], sub.Read<byte>(at));
            }

            Assert.Equal(model, whole.ReadOnlySpan.ToArray());
        }, iter: 300);
    }
}
