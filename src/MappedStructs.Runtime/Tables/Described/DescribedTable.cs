using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// Any table file opened read-only by the layout its header describes, without the C# type it was written with: what tools,
/// exports and readers in other languages need. The header is validated exactly as <see cref="ReadOnlyMappedTable{T}.Open(string)"/>
/// validates it, and the layout text is parsed strictly (see docs/tables.md, "Opening a table without its C# type"). Values are
/// read by row and field (its index in <see cref="LayoutInfo.Fields"/>, or its name) in the layout's byte order; each getter
/// checks the row against <see cref="Count"/> and the field's type, and looks the field's reader up in an array built at open,
/// so a read allocates nothing (except <see cref="GetString(long, int)"/>'s string and <see cref="GetValue(long, int)"/>'s box).
/// It follows a writer in another process as <see cref="ReadOnlyMappedTable{T}"/> does.
/// </summary>
/// <remarks>Any number of threads may read through one instance; <see cref="Dispose"/> must not race with them.</remarks>
public sealed class DescribedTable : IDisposable
{
    private readonly TableStorage _storage;
    private readonly DescribedField[] _fields;
    private readonly Dictionary<string, int> _indexByName;

    private DescribedTable(TableStorage storage, DescribedLayout layout, uint formatVersion, long fileLength)
    {
        _storage = storage;
        _fields = layout.Fields;
        _indexByName = layout.IndexByName;
        Layout = layout.Info;
        FieldTypes = layout.FieldTypes();
        FormatVersion = formatVersion;
        FileLength = fileLength;
    }

    /// <summary>The file's path.</summary>
    public string Path => _storage.Path;

    /// <summary>The layout parsed from the file's header: name, size, alignment, byte order, fingerprint and field table.</summary>
    public LayoutInfo Layout { get; }

    /// <summary>What each field's type name says (value type, element count, padding, bits), at the field's index.</summary>
    public IReadOnlyList<DescribedFieldType> FieldTypes { get; }

    /// <summary>The file's format version (see docs/tables.md, "File format").</summary>
    public uint FormatVersion { get; }

    /// <summary>
    /// The byte offset of record 0 in the file (the header's size, a whole number of pages): what a reader in another language
    /// maps past, such as <c>numpy.memmap</c>'s <c>offset</c>.
    /// </summary>
    public long RecordsOffset => _storage.RecordsOffset;

    /// <summary>The file's length in bytes when it was opened.</summary>
    public long FileLength { get; }

    /// <summary>The path of the heap file the header names, or null for a table whose layout has no variable-length fields.</summary>
    public string? HeapPath => _storage.HeapStore?.Path;

    /// <summary>The table id (32 hex digits) that the header and the heap file both carry, or null without a heap.</summary>
    public string? HeapTableId => _storage.HeapStore?.TableId.ToString();

    /// <summary>The heap's published length in bytes (every reference must end within it); 0 without a heap.</summary>
    public long HeapLength => _storage.HeapLength;

    /// <summary>The heap's newest committed length in bytes (durable when it was committed); 0 without a heap.</summary>
    public long HeapCommittedLength
    {
        get
        {
            _storage.ThrowIfDisposed();
            return _storage.HeapStore?.CommittedLength ?? 0;
        }
    }

    /// <summary>The number of published records, read with acquire ordering.</summary>
    public long Count => _storage.RefreshKnownCount();

    /// <summary>The number of records the file has room for.</summary>
    public long Capacity => _storage.ReadCapacity();

    /// <summary>
    /// Opens <paramref name="path"/> read-only after validating its header and parsing its layout text, and the heap file its
    /// header names (a layout with variable-length fields), validated as the typed opens validate it.
    /// </summary>
    /// <exception cref="InvalidTableFileException">
    /// The heap file the header names is missing, damaged or another table's (<see cref="TableFileProblem.HeapMismatch"/> and
    /// the other problems, naming the heap file); or
    /// the file is truncated, not a table, of another version, or its header is inconsistent; a layout text that does not parse,
    /// or whose size or fingerprint differs from the header's, is <see cref="TableFileProblem.InvalidHeaderField"/> naming the line.
    /// </exception>
    public static DescribedTable Open(string path)
    {
        DescribedLayout? layout = null;
        uint version = 0;
        long fileLength = 0;
        TableStorage storage = TableStorage.Open(path, MapAccess.Read, hooks: null, header =>
        {
            layout = LayoutTextParser.Parse(header, path);
            version = header.Version;
            fileLength = new FileInfo(path).Length;
        }).OpenHeap();
        return new DescribedTable(storage, layout!, version, fileLength);
    }

    /// <summary>The index in <see cref="LayoutInfo.Fields"/> of the field named <paramref name="name"/> (ordinal, case-sensitive).</summary>
    /// <exception cref="ArgumentException">The layout has no field of that name.</exception>
    public int FieldIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _indexByName.TryGetValue(name, out int index)
            ? index
            : throw new ArgumentException($"The layout {Layout.Name} of '{Path}' has no field named '{name}'.", nameof(name));
    }

    /// <summary>
    /// An integer field of row <paramref name="row"/> as a <see cref="long"/>: signed integers up to 64 bits and, widened,
    /// unsigned ones up to 32 bits, <c>int24</c>, <c>uint24</c> and bit fields of up to 63 bits (zero-extended: the layout
    /// text does not record whether the C# property was signed).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is not below <see cref="Count"/>, or the field index is not in the field table.</exception>
    /// <exception cref="InvalidOperationException">The field's type is not one this getter reads; the message names the field and its type.</exception>
    public long GetInt64(long row, int field) => FieldAt(field).ReadInt64(ref Record(row), Path);

    /// <inheritdoc cref="GetInt64(long, int)"/>
    public long GetInt64(long row, string field) => GetInt64(row, FieldIndex(field));

    /// <summary>An unsigned integer field (<c>uint8</c> to <c>uint64</c>, <c>uint24</c>, bit fields) as a <see cref="ulong"/>.</summary>
    /// <inheritdoc cref="GetInt64(long, int)" path="/exception"/>
    public ulong GetUInt64(long row, int field) => FieldAt(field).ReadUInt64(ref Record(row), Path);

    /// <inheritdoc cref="GetUInt64(long, int)"/>
    public ulong GetUInt64(long row, string field) => GetUInt64(row, FieldIndex(field));

    /// <summary>
    /// An integer field whose every value fits in an <see cref="int"/> (<c>int8</c> to <c>int32</c>, widened <c>uint8</c>,
    /// <c>uint16</c>, <c>int24</c>, <c>uint24</c>, bit fields of up to 31 bits).
    /// </summary>
    /// <inheritdoc cref="GetInt64(long, int)" path="/exception"/>
    public int GetInt32(long row, int field) => FieldAt(field).ReadInt32(ref Record(row), Path);

    /// <inheritdoc cref="GetInt32(long, int)"/>
    public int GetInt32(long row, string field) => GetInt32(row, FieldIndex(field));

    /// <summary>A <c>float64</c> field, or a <c>float32</c> or <c>float16</c> one widened (exactly).</summary>
    /// <inheritdoc cref="GetInt64(long, int)" path="/exception"/>
    public double GetDouble(long row, int field) => FieldAt(field).ReadDouble(ref Record(row), Path);

    /// <inheritdoc cref="GetDouble(long, int)"/>
    public double GetDouble(long row, string field) => GetDouble(row, FieldIndex(field));

    /// <summary>A <c>float32</c> field, or a <c>float16</c> one widened (exactly).</summary>
    /// <inheritdoc cref="GetInt64(long, int)" path="/exception"/>
    public float GetSingle(long row, int field) => FieldAt(field).ReadSingle(ref Record(row), Path);

    /// <inheritdoc cref="GetSingle(long, int)"/>
    public float GetSingle(long row, string field) => GetSingle(row, FieldIndex(field));

    /// <summary>A <c>bool</c> field (any non-zero byte reads as true, as the generated property reads it) or a one-bit bit field.</summary>
    /// <inheritdoc cref="GetInt64(long, int)" path="/exception"/>
    public bool GetBoolean(long row, int field) => FieldAt(field).ReadBoolean(ref Record(row), Path);

    /// <inheritdoc cref="GetBoolean(long, int)"/>
    public bool GetBoolean(long row, string field) => GetBoolean(row, FieldIndex(field));

    /// <summary>
    /// A UTF-8 field's text, without the field's padding (up to the first NUL for a NUL-padded field, without the trailing
    /// padding bytes otherwise), as the generated property reads it; or a <see cref="FieldKind.Text"/> field's text from the heap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is not below <see cref="Count"/>, or the field index is not in the field table.</exception>
    /// <exception cref="InvalidOperationException">The field is not a UTF-8 or text field.</exception>
    /// <exception cref="InvalidDataException">
    /// The text is not valid UTF-8 (the message names the field), or a text field's reference does not lie within the heap's
    /// published length (the message names the record index and the field).
    /// </exception>
    public string GetString(long row, int field)
    {
        DescribedField described = FieldAt(field);
        ref byte record = ref Record(row);
        if (described.HeapKind != FieldKind.Text)
        {
            return described.ReadString(ref record, Path);
        }

        ulong word = described.ReadReference(ref record, Path);
        RequireHeap(word, described, row);
        return HeapFields.Text(_storage.Heap, word, ref record, QualifiedName(described));
    }

    /// <inheritdoc cref="GetString(long, int)"/>
    public string GetString(long row, string field) => GetString(row, FieldIndex(field));

    /// <summary>
    /// A variable-length field's value bytes in the heap, read in place (the UTF-8 of text, a blob's bytes, an array's elements
    /// in the layout's byte order), after the one check views make: the reference must end within the heap's published
    /// length (re-read from the file when a writer has appended since). The span is valid until the table is disposed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is not below <see cref="Count"/>, or the field index is not in the field table.</exception>
    /// <exception cref="InvalidOperationException">The field is not variable-length.</exception>
    /// <exception cref="InvalidDataException">
    /// The reference lies past the heap's published length, an array's byte length is not a whole number of elements, or the
    /// header names no heap; the message names the record index and the field.
    /// </exception>
    public ReadOnlySpan<byte> GetHeapBytes(long row, int field)
    {
        DescribedField described = FieldAt(field);
        ref byte record = ref Record(row);
        ulong word = described.ReadReference(ref record, Path);
        RequireHeap(word, described, row);
        ReadOnlySpan<byte> bytes = HeapFields.Bytes(_storage.Heap, word, ref record, QualifiedName(described));
        if (described.HeapElement is { } element && bytes.Length % element.Size != 0)
        {
            throw new InvalidDataException(
                $"{QualifiedName(described)} of record {row} of table '{Path}' holds {bytes.Length} bytes, not a whole number of {element.Size}-byte elements.");
        }

        return bytes;
    }

    /// <inheritdoc cref="GetHeapBytes(long, int)"/>
    public ReadOnlySpan<byte> GetHeapBytes(long row, string field) => GetHeapBytes(row, FieldIndex(field));

    /// <summary>A variable-length field's reference as the record holds it (offset and length in the heap), not checked against the heap.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is not below <see cref="Count"/>, or the field index is not in the field table.</exception>
    /// <exception cref="InvalidOperationException">The field is not variable-length.</exception>
    public HeapReference GetHeapReference(long row, int field) => new(FieldAt(field).ReadReference(ref Record(row), Path));

    /// <summary>
    /// Any field's bytes in row <paramref name="row"/>, in the layout's byte order, read in place: the span is valid until the
    /// table is disposed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is not below <see cref="Count"/>, or the field index is not in the field table.</exception>
    public ReadOnlySpan<byte> GetBytes(long row, int field) => FieldAt(field).Bytes(ref Record(row));

    /// <inheritdoc cref="GetBytes(long, int)"/>
    public ReadOnlySpan<byte> GetBytes(long row, string field) => GetBytes(row, FieldIndex(field));

    /// <summary>
    /// Any field's value as an <see cref="object"/>, for tools that print or export whatever a table holds: a scalar boxed as
    /// its .NET type (<c>int64</c> as <see cref="long"/>, <c>float16</c> as <see cref="Half"/>, <c>guid</c> as <see cref="Guid"/>,
    /// <c>datetime</c> as a <see cref="DateTime"/> of unspecified kind, <c>int24</c> as <see cref="int"/>, <c>uint24</c> as
    /// <see cref="uint"/>), a UTF-8 field as its string, a bit field as a <see cref="ulong"/>, an array of scalars as an
    /// <see cref="object"/> array of its boxed elements, and a nested layout or an array of them as a copy of its bytes; a
    /// variable-length field as its value from the heap: text as its string, a blob as a copy of its bytes, an array of any
    /// length as an <see cref="object"/> array of its boxed elements (converted from the layout's byte order). Each
    /// call allocates (the box, the string or the array); the typed getters do not box.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is not below <see cref="Count"/>, or the field index is not in the field table.</exception>
    /// <exception cref="InvalidDataException">
    /// A UTF-8 field is not valid UTF-8, a <c>datetime</c> holds ticks outside <see cref="DateTime"/>'s range, or a
    /// variable-length field's reference is bad (as <see cref="GetHeapBytes(long, int)"/> says).
    /// </exception>
    public object GetValue(long row, int field)
    {
        DescribedField described = FieldAt(field);
        return described.HeapKind switch
        {
            FieldKind.Scalar => described.ReadValue(ref Record(row), Path),
            FieldKind.Text => GetString(row, field),
            _ => described.HeapValue(GetHeapBytes(row, field), Path),
        };
    }

    /// <inheritdoc cref="GetValue(long, int)"/>
    public object GetValue(long row, string field) => GetValue(row, FieldIndex(field));

    /// <summary>
    /// The bytes of <paramref name="count"/> published records from <paramref name="firstRow"/> on, contiguous at the layout's
    /// size (<see cref="LayoutInfo.Size"/>), read in place: one bound check for the whole range, for exports and scans that
    /// decode many records. The span is valid until the table is disposed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the published records, or is larger than a span can address.</exception>
    public ReadOnlySpan<byte> GetRecordBytes(long firstRow, int count)
    {
        long published = _storage.RefreshKnownCount();
        if (firstRow < 0 || count < 0 || firstRow > published || count > published - firstRow || (long)count * _storage.RecordSize > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count), count, $"Records {firstRow} to {firstRow + count} do not lie within the {published} published records of '{Path}' (at most {int.MaxValue / _storage.RecordSize} records at once).");
        }

        _storage.ThrowIfDisposed();
        return count == 0 ? default : MemoryMarshal.CreateReadOnlySpan(ref _storage.RecordStart(firstRow, _storage.RecordSize), count * _storage.RecordSize);
    }

    /// <inheritdoc />
    public override string ToString() => _storage.Describe("DescribedTable", Layout);

    /// <summary>
    /// Unmaps the file. Every later use of the table throws <see cref="ObjectDisposedException"/>; spans obtained from
    /// <see cref="GetBytes(long, int)"/> must not be used afterwards.
    /// </summary>
    public void Dispose() => _storage.Dispose();

    private DescribedField FieldAt(int field)
    {
        DescribedField[] fields = _fields;
        if ((uint)field >= (uint)fields.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(field), field, $"The layout {Layout.Name} of '{Path}' has {fields.Length} fields.");
        }

        return fields[field];
    }

    // A file whose layout has variable-length fields but whose header names no heap (a hand-made layout text) holds no values:
    // only the empty reference reads.
    private void RequireHeap(ulong word, DescribedField field, long row)
    {
        if (word != 0 && _storage.HeapStore is null)
        {
            throw new InvalidDataException(
                $"{QualifiedName(field)} of record {row} of table '{Path}' refers to heap bytes, but the table's header names no heap file.");
        }
    }

    private string QualifiedName(DescribedField field) => $"{Layout.Name}.{field.Field.Name}";

    private ref byte Record(long row) => ref _storage.RecordStart(_storage.CheckIndex(row), _storage.RecordSize);
}
