using System;
using System.Buffers.Binary;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// An independent reference for the bytes of each scalar: written with <see cref="BinaryPrimitives"/> over a byte array,
/// sharing no code with the generator.
/// </summary>
internal static class Oracle
{
    public static void Write(byte[] buffer, int offset, ScalarType type, bool big, object value)
    {
        Span<byte> at = buffer.AsSpan(offset);
        switch (type)
        {
            case ScalarType.Bool: at[0] = (bool)value ? (byte)1 : (byte)0; break;
            case ScalarType.Byte: at[0] = (byte)value; break;
            case ScalarType.SByte: at[0] = unchecked((byte)(sbyte)value); break;
            case ScalarType.Int16: if (big) { BinaryPrimitives.WriteInt16BigEndian(at, (short)value); } else { BinaryPrimitives.WriteInt16LittleEndian(at, (short)value); } break;
            case ScalarType.UInt16: if (big) { BinaryPrimitives.WriteUInt16BigEndian(at, (ushort)value); } else { BinaryPrimitives.WriteUInt16LittleEndian(at, (ushort)value); } break;
            case ScalarType.Char: if (big) { BinaryPrimitives.WriteUInt16BigEndian(at, (char)value); } else { BinaryPrimitives.WriteUInt16LittleEndian(at, (char)value); } break;
            case ScalarType.Half: if (big) { BinaryPrimitives.WriteHalfBigEndian(at, (Half)value); } else { BinaryPrimitives.WriteHalfLittleEndian(at, (Half)value); } break;
            case ScalarType.Int32: if (big) { BinaryPrimitives.WriteInt32BigEndian(at, (int)value); } else { BinaryPrimitives.WriteInt32LittleEndian(at, (int)value); } break;
            case ScalarType.UInt32: if (big) { BinaryPrimitives.WriteUInt32BigEndian(at, (uint)value); } else { BinaryPrimitives.WriteUInt32LittleEndian(at, (uint)value); } break;
            case ScalarType.Single: if (big) { BinaryPrimitives.WriteSingleBigEndian(at, (float)value); } else { BinaryPrimitives.WriteSingleLittleEndian(at, (float)value); } break;
            case ScalarType.Int64: if (big) { BinaryPrimitives.WriteInt64BigEndian(at, (long)value); } else { BinaryPrimitives.WriteInt64LittleEndian(at, (long)value); } break;
            case ScalarType.UInt64: if (big) { BinaryPrimitives.WriteUInt64BigEndian(at, (ulong)value); } else { BinaryPrimitives.WriteUInt64LittleEndian(at, (ulong)value); } break;
            case ScalarType.Double: if (big) { BinaryPrimitives.WriteDoubleBigEndian(at, (double)value); } else { BinaryPrimitives.WriteDoubleLittleEndian(at, (double)value); } break;
            case ScalarType.DateTime: Write(buffer, offset, ScalarType.Int64, big, ((DateTime)value).Ticks); break;
            case ScalarType.TimeSpan: Write(buffer, offset, ScalarType.Int64, big, ((TimeSpan)value).Ticks); break;
            case ScalarType.Int128: if (big) { BinaryPrimitives.WriteInt128BigEndian(at, (Int128)value); } else { BinaryPrimitives.WriteInt128LittleEndian(at, (Int128)value); } break;
            case ScalarType.UInt128: if (big) { BinaryPrimitives.WriteUInt128BigEndian(at, (UInt128)value); } else { BinaryPrimitives.WriteUInt128LittleEndian(at, (UInt128)value); } break;
            case ScalarType.Guid: GuidBytes((Guid)value, big).CopyTo(at); break;
            case ScalarType.Int24: WriteThreeBytes(at, unchecked((uint)(int)value), big); break;
            case ScalarType.UInt24: WriteThreeBytes(at, (uint)value, big); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    public static object Read(byte[] buffer, int offset, ScalarType type, bool big)
    {
        ReadOnlySpan<byte> at = buffer.AsSpan(offset);
        return type switch
        {
            ScalarType.Bool => at[0] != 0,
            ScalarType.Byte => at[0],
            ScalarType.SByte => unchecked((sbyte)at[0]),
            ScalarType.Int16 => big ? BinaryPrimitives.ReadInt16BigEndian(at) : BinaryPrimitives.ReadInt16LittleEndian(at),
            ScalarType.UInt16 => big ? BinaryPrimitives.ReadUInt16BigEndian(at) : BinaryPrimitives.ReadUInt16LittleEndian(at),
            ScalarType.Char => (char)(big ? BinaryPrimitives.ReadUInt16BigEndian(at) : BinaryPrimitives.ReadUInt16LittleEndian(at)),
            ScalarType.Half => big ? BinaryPrimitives.ReadHalfBigEndian(at) : BinaryPrimitives.ReadHalfLittleEndian(at),
            ScalarType.Int32 => big ? BinaryPrimitives.ReadInt32BigEndian(at) : BinaryPrimitives.ReadInt32LittleEndian(at),
            ScalarType.UInt32 => big ? BinaryPrimitives.ReadUInt32BigEndian(at) : BinaryPrimitives.ReadUInt32LittleEndian(at),
            ScalarType.Single => big ? BinaryPrimitives.ReadSingleBigEndian(at) : BinaryPrimitives.ReadSingleLittleEndian(at),
            ScalarType.Int64 => big ? BinaryPrimitives.ReadInt64BigEndian(at) : BinaryPrimitives.ReadInt64LittleEndian(at),
            ScalarType.UInt64 => big ? BinaryPrimitives.ReadUInt64BigEndian(at) : BinaryPrimitives.ReadUInt64LittleEndian(at),
            ScalarType.Double => big ? BinaryPrimitives.ReadDoubleBigEndian(at) : BinaryPrimitives.ReadDoubleLittleEndian(at),
            ScalarType.DateTime => new DateTime((long)Read(buffer, offset, ScalarType.Int64, big)),
            ScalarType.TimeSpan => new TimeSpan((long)Read(buffer, offset, ScalarType.Int64, big)),
            ScalarType.Int128 => big ? BinaryPrimitives.ReadInt128BigEndian(at) : BinaryPrimitives.ReadInt128LittleEndian(at),
            ScalarType.UInt128 => big ? BinaryPrimitives.ReadUInt128BigEndian(at) : BinaryPrimitives.ReadUInt128LittleEndian(at),
            ScalarType.Guid => GuidFromBytes(at[..16], big),
            ScalarType.Int24 => ReadThreeBytes(at, big) >= 0x80_0000 ? (int)ReadThreeBytes(at, big) - 0x100_0000 : (int)ReadThreeBytes(at, big),
            ScalarType.UInt24 => ReadThreeBytes(at, big),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>A 24-bit integer's three bytes, least significant first (little) or last (big), spelt out byte by byte.</summary>
    private static void WriteThreeBytes(Span<byte> at, uint value, bool big)
    {
        byte[] bytes = [(byte)(value & 0xFF), (byte)((value >> 8) & 0xFF), (byte)((value >> 16) & 0xFF)];
        if (big)
        {
            Array.Reverse(bytes);
        }

        bytes.CopyTo(at);
    }

    private static uint ReadThreeBytes(ReadOnlySpan<byte> at, bool big) =>
        big ? (uint)((at[0] * 65536) + (at[1] * 256) + at[2]) : (uint)(at[0] + (at[1] * 256) + (at[2] * 65536));

    /// <summary>Little: the classic <c>ToByteArray</c> form (first three groups little-endian). Big: RFC 4122 network order.</summary>
    private static byte[] GuidBytes(Guid value, bool big)
    {
        byte[] bytes = value.ToByteArray();
        if (big)
        {
            Array.Reverse(bytes, 0, 4);
            Array.Reverse(bytes, 4, 2);
            Array.Reverse(bytes, 6, 2);
        }

        return bytes;
    }

    private static Guid GuidFromBytes(ReadOnlySpan<byte> span, bool big)
    {
        byte[] bytes = span.ToArray();
        if (big)
        {
            Array.Reverse(bytes, 0, 4);
            Array.Reverse(bytes, 4, 2);
            Array.Reverse(bytes, 6, 2);
        }

        return new Guid(bytes);
    }

    /// <summary>Writes a UTF-8 field padded with <paramref name="padding"/> (NUL unless given).</summary>
    public static void WriteUtf8(byte[] buffer, int offset, int length, string text, char padding = '\0')
    {
        buffer.AsSpan(offset, length).Fill((byte)padding);
        System.Text.Encoding.UTF8.GetBytes(text).CopyTo(buffer.AsSpan(offset, length));
    }

    /// <summary>Reads a UTF-8 field: up to the first NUL with NUL padding, else without the trailing padding bytes.</summary>
    public static string ReadUtf8(byte[] buffer, int offset, int length, char padding = '\0')
    {
        ReadOnlySpan<byte> field = buffer.AsSpan(offset, length);
        int end = padding == '\0' ? field.IndexOf((byte)0) : field.TrimEnd((byte)padding).Length;
        return System.Text.Encoding.UTF8.GetString(end < 0 ? field : field[..end]);
    }

    /// <summary>Equality that treats floating-point values by their bits (NaN payloads included).</summary>
    public static bool SameValue(object? expected, object? actual) => (expected, actual) switch
    {
        (double e, double a) => BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(a),
        (float e, float a) => BitConverter.SingleToInt32Bits(e) == BitConverter.SingleToInt32Bits(a),
        (Half e, Half a) => BitConverter.HalfToUInt16Bits(e) == BitConverter.HalfToUInt16Bits(a),
        _ => Equals(expected, actual),
    };
}
