using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Analyzers.Shipped;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>
/// Over random layouts: what the code fix writes is what the analyzer reads back, a damaged file never makes the reader
/// throw, and the entries of two versions compare as the rules say (appending with Since breaks nothing; changing a
/// shipped field's type breaks that field).
/// </summary>
public sealed class LayoutRecordPropertyTests
{
    private static readonly ScalarType[] s_scalars = [ScalarType.Byte, ScalarType.Int16, ScalarType.UInt32, ScalarType.Int64, ScalarType.Double, ScalarType.Guid, ScalarType.Char];

    // (scalar, 0 = scalar, 1 = fixed array of 1..4, 2 = utf8 of 1..9 bytes)
    private static readonly Gen<(int Scalar, int Shape, int Length)[]> s_fields = Gen.Select(Gen.Int[0, s_scalars.Length - 1], Gen.Int[0, 2], Gen.Int[1, 9]).Array[1, 8];

    private static readonly Gen<ByteOrder> s_orders = Gen.OneOf(Gen.Const(ByteOrder.Little), Gen.Const(ByteOrder.Big), Gen.Const(ByteOrder.PerView));

    [Fact]
    public void A_written_file_reads_back_as_the_entries_it_was_written_from()
    {
        Gen.Select(s_fields.Array[1, 4], s_orders).Sample((layouts, order) =>
        {
            var records = layouts.Select((fields, i) => LayoutRecordTables.FromDeclaration(Resolve("L" + i, fields, order, version: i + 1))).ToList();
            LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From(LayoutRecordWriter.Write(records)));
            Assert.Empty(read.Problems);
            Assert.Equal(records.Count, read.Records.Count);
            Assert.All(records, record => Assert.Contains(read.Records, back => back.SameTable(record)));
        }, iter: 300);
    }

    [Fact]
    public void Declared_defaults_read_back_as_written_whatever_characters_their_constants_hold()
    {
        // Constants as C# spells them: printable, spaces inside ("' '", "'a b'"), never blank at either end.
        var defaults = Gen.OneOf(Gen.Const((string?)null), Gen.String[Gen.Char[' ', '~'], 1, 12].Select(text => (string?)("'" + text + "'")));
        Gen.Select(s_fields, defaults.Array[8]).Sample((fields, declared) =>
        {
            LayoutRecord record = LayoutRecordTables.FromDeclaration(Resolve("L", fields, ByteOrder.Little, version: 2));
            LayoutRecord withDefaults = record with { Fields = record.Fields.Select((field, i) => field with { Default = declared[i] }).ToEquatableArray() };
            LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From(LayoutRecordWriter.Write([withDefaults])));
            Assert.Empty(read.Problems);
            Assert.True(Assert.Single(read.Records).SameTable(withDefaults));
        }, iter: 300);
    }

    [Fact]
    public void A_damaged_file_is_reported_and_never_throws()
    {
        Gen.Select(s_fields, Gen.Int[0, 10_000], Gen.Char['\0', '~']).Sample((fields, position, replacement) =>
        {
            string text = LayoutRecordWriter.Write([LayoutRecordTables.FromDeclaration(Resolve("L", fields, ByteOrder.Little, version: 3))]);
            int at = position % text.Length;
            string damaged = text.Substring(0, at) + replacement + text.Substring(at + 1);
            LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From(damaged));

            // Whatever survives is an entry that writes and reads back unchanged; a line that does not is a problem on a line of the file.
            Assert.All(read.Problems, problem => Assert.InRange(problem.Line, 1, damaged.Count(c => c == '\n') + 1));
            LayoutRecordFile again = LayoutRecordParser.Parse("again", isShipped: true, SourceText.From(LayoutRecordWriter.Write(read.Records)));
            Assert.Empty(again.Problems);
            Assert.Equal(read.Records.Count, again.Records.Count);
        }, iter: 3000);
    }

    [Fact]
    public void Appending_fields_with_Since_breaks_nothing_and_changing_a_shipped_type_breaks_that_field()
    {
        Gen.Select(s_fields, s_fields, Gen.Int[0, 7]).Sample((older, added, changed) =>
        {
            ResolvedLayout version1 = Resolve("L", older, ByteOrder.Little, version: 1);
            ResolvedLayout version2 = Evolve(version1, added);
            LayoutFieldTable shipped = LayoutRecordTables.ToTable(LayoutRecordTables.FromDeclaration(version1));
            LayoutFieldTable current = LayoutRecordTables.ToTable(LayoutRecordTables.FromDeclaration(version2), LayoutRecordTables.FormerNames(version2));
            Assert.Empty(LayoutCompatibility.Compare(shipped, current));

            // A field of version 1 declared as another scalar of its size (or of another size) no longer reads the same bytes.
            int index = changed % older.Length;
            (int scalar, int shape, int length) = older[index];
            (int Scalar, int Shape, int Length)[] retyped = [.. older];
            retyped[index] = (scalar, shape == 2 ? 1 : 2, shape == 2 ? length : length + 1);
            LayoutFieldTable broken = LayoutRecordTables.ToTable(LayoutRecordTables.FromDeclaration(Resolve("L", retyped, ByteOrder.Little, version: 1)));
            Assert.Contains(LayoutCompatibility.Compare(shipped, broken), b => b.Field == "F" + index && b.Rule is CompatibilityRule.TypeChanged);
        }, iter: 500);
    }

    private static ResolvedLayout Resolve(string name, (int Scalar, int Shape, int Length)[] fields, ByteOrder order, int version)
        => LayoutEngine.Resolve(Spec(name, fields.Select((f, i) => Field("F" + i, f)), order, version, size: 0));

    // Version 2: version 1's fields where the engine put them, then the added scalars after the version 1 record, Since = 2.
    private static ResolvedLayout Evolve(ResolvedLayout version1, (int Scalar, int Shape, int Length)[] added)
    {
        var fields = version1.Fields.Select(field => field.Spec with { ExplicitOffset = field.Offset }).ToList();
        int offset = version1.Size;
        foreach ((int Scalar, int Shape, int Length) extra in added)
        {
            // Scalars: the kinds a later version may add (the engine refuses added arrays and texts, MAPS0034).
            FieldSpec field = Field("G" + fields.Count, (extra.Scalar, 0, extra.Length)) with { Since = 2 };
            ResolvedField sized = LayoutEngine.Resolve(Spec("Probe", [field], ByteOrder.Little, 1, size: 0)).Fields[0];
            offset = (offset + sized.Alignment - 1) / sized.Alignment * sized.Alignment;
            fields.Add(field with { ExplicitOffset = offset });
            offset += sized.Size;
        }

        ResolvedLayout resolved = LayoutEngine.Resolve(Spec(version1.Spec.Name, fields, version1.Spec.Endian, version: 2, size: 0));
        Assert.True(resolved.IsValidForGeneration, string.Join("; ", resolved.Violations));
        return resolved;
    }

    private static FieldSpec Field(string name, (int Scalar, int Shape, int Length) field) => field.Shape switch
    {
        1 => new FieldSpec(name, FieldType.ForArray(FieldType.ForScalar(s_scalars[field.Scalar])), FixedArrayLength: field.Length % 4 + 1),
        2 => new FieldSpec(name, FieldType.ForString(), Utf8Length: field.Length),
        _ => new FieldSpec(name, FieldType.ForScalar(s_scalars[field.Scalar])),
    };

    private static LayoutSpec Spec(string name, IEnumerable<FieldSpec> fields, ByteOrder order, int version, int size)
        => new(
            name, "Sample", EquatableArray<ContainingTypeSpec>.Empty, "public", LayoutTypeKind.RecordStruct,
            IsPartial: true, IsReadOnly: false, IsGeneric: false, size, order, Pack: 0,
            new EquatableArray<FieldSpec>(fields), EquatableArray<string>.Empty, Version: version);
}
