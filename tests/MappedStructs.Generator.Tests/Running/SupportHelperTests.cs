using System;
using System.Runtime.CompilerServices;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>The checks in <see cref="GeneratedLayoutSupport"/> that generated members inline: the element offset and the default-view check.</summary>
public class SupportHelperTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 8)]
    [InlineData(3, 24)]
    public void ElementOffset_is_index_times_element_size_inside_the_array(int index, int expected) =>
        Assert.Equal(expected, GeneratedLayoutSupport.ElementOffset(index, 4, 8));

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void ElementOffset_throws_outside_the_array(int index)
    {
        ArgumentOutOfRangeException thrown = Assert.Throws<ArgumentOutOfRangeException>(() => GeneratedLayoutSupport.ElementOffset(index, 4, 8));
        Assert.Equal("index", thrown.ParamName);
        Assert.Equal(index, thrown.ActualValue);
    }

    [Fact]
    public void CheckNotDefault_returns_the_same_reference_for_real_memory()
    {
        byte[] bytes = new byte[4];
        Assert.True(Unsafe.AreSame(ref bytes[2], ref GeneratedLayoutSupport.CheckNotDefault(ref bytes[2], "Trade.Ref")));
    }

    [Fact]
    public void CheckNotDefault_throws_the_default_view_exception_for_a_null_reference()
    {
        NullReferenceException thrown = Assert.Throws<NullReferenceException>(() => GeneratedLayoutSupport.CheckNotDefault(ref Unsafe.NullRef<byte>(), "Trade.Ref"));
        Assert.Contains("Trade.Ref is a default view", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordStart_checks_the_length_and_AlignedRecordStart_the_alignment()
    {
        byte[] bytes = GC.AllocateArray<byte>(32, pinned: true);
        Assert.True(Unsafe.AreSame(ref bytes[0], ref GeneratedLayoutSupport.RecordStart(bytes, 32, "Trade")));
        ArgumentException tooShort = Assert.Throws<ArgumentException>(() => GeneratedLayoutSupport.RecordStart(bytes.AsSpan(1), 32, "Trade"));
        Assert.Equal("bytes", tooShort.ParamName);

        int aligned = ToNextBoundary(bytes);
        Assert.True(Unsafe.AreSame(ref bytes[aligned], ref GeneratedLayoutSupport.AlignedRecordStart(bytes.AsSpan(aligned), 8, 8, "Trade")));
        ArgumentException misaligned = Assert.Throws<ArgumentException>(() => GeneratedLayoutSupport.AlignedRecordStart(bytes.AsSpan(aligned + 1), 8, 8, "Trade"));
        Assert.Equal("bytes", misaligned.ParamName);
    }

    /// <summary>How many bytes past <paramref name="pinned"/>'s start the next 8-byte boundary is.</summary>
    private static unsafe int ToNextBoundary(byte[] pinned)
    {
        fixed (byte* start = pinned)
        {
            return (int)((8 - ((nuint)start & 7)) & 7);
        }
    }

    [Fact]
    public void CheckNested_the_0_1_0_name_of_CheckStorable_still_runs_the_layouts_check()
    {
#pragma warning disable CS0618 // the obsolete name is what this test is about
        GeneratedLayoutSupport.CheckNested(new Checked(true));
        Assert.Throws<ArgumentException>(() => GeneratedLayoutSupport.CheckNested(new Checked(false)));
#pragma warning restore CS0618
    }

    private readonly record struct Checked(bool Storable) : IStoreValidation<Checked>
    {
        public static void ValidateForStore(in Checked value)
        {
            if (!value.Storable)
            {
                throw new ArgumentException("not storable", nameof(value));
            }
        }
    }
}
