using System.Linq;
using CsCheck;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// Random sequential layouts mixing catalogue scalars with [Text], [Blob] and [VarArray] fields, through the engine (the
/// generator's compile harness is exercised by the snapshots; the engine is where placement and identity are decided): every
/// reference is 8 bytes at a multiple of 8 with nothing overlapping it, the record stays 8-aligned, and the fingerprint
/// tells the layout from the same layout with any one reference declared as a plain uint64.
/// </summary>
public class VariableLengthPropertyTests
{
    private static readonly ScalarType[] s_scalars = TypeCatalogue.All.Select(info => info.Type).ToArray();

    private static readonly ScalarType[] s_spannable = TypeCatalogue.All.Where(info => info.CanBeSpan).Select(info => info.Type).ToArray();

    private static readonly Gen<FieldSpec[]> s_fields =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, s_scalars.Length - 1], Gen.Int[0, s_spannable.Length - 1])
            .Array[1, 12]
            .Select(draws => draws.Select((draw, i) => Field("F" + i, draw.Item1, s_scalars[draw.Item2], s_spannable[draw.Item3])).ToArray());

    private static FieldSpec Field(string name, int kind, ScalarType scalar, ScalarType element) => kind switch
    {
        0 => F(name, scalar),
        1 => new FieldSpec(name, FieldType.ForString(), VariableLength: VariableLengthAttribute.Text),
        2 => new FieldSpec(name, FieldType.ForByteMemory("ReadOnlyMemory<byte>"), VariableLength: VariableLengthAttribute.Blob),
        _ => new FieldSpec(name, FieldType.ForArray(FieldType.ForScalar(element)), VariableLength: VariableLengthAttribute.VarArray),
    };

    [Fact]
    public void References_are_placed_aligned_alone_and_change_the_fingerprint()
    {
        s_fields.Sample(
            fields =>
            {
                ResolvedLayout layout = Resolve(Spec("R", fields));
                Assert.True(layout.IsValidForGeneration);
                ResolvedField[] references = layout.Fields.Where(f => VariableLengthFields.IsVariableLength(f.Kind)).ToArray();
                Assert.Equal(references.Length > 0, layout.HasVariableLengthFields);
                foreach (ResolvedField reference in references)
                {
                    Assert.Equal((8, 0), (reference.Size, reference.Offset % 8));
                    Assert.DoesNotContain(layout.Fields, other => other.Index != reference.Index && other.Offset < reference.End && reference.Offset < other.End);

                    FieldSpec[] asWord = fields.Select((f, i) => i == reference.Index ? F(f.Name, ScalarType.UInt64) : f).ToArray();
                    Assert.NotEqual(layout.Fingerprint, Resolve(Spec("R", asWord)).Fingerprint);
                }

                if (references.Length > 0)
                {
                    Assert.Equal(0, layout.Size % 8);
                }
            },
            iter: 500,
            threads: 1);
    }
}
