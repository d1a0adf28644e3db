using System.Linq;
using CsCheck;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// The offset the misalignment fix moves a field to, over random explicit layouts: aligned, not before the field,
/// overlapping nothing, inside the declared Size, and the first such offset; none only when none exists.
/// </summary>
public sealed class FreeOffsetsPropertyTests
{
    private static readonly ScalarType[] s_scalars = [ScalarType.Byte, ScalarType.Int16, ScalarType.Int32, ScalarType.Int64, ScalarType.Double, ScalarType.Guid];

    private static readonly Gen<ResolvedLayout> s_layouts =
        Gen.Select(Gen.Int[0, s_scalars.Length - 1], Gen.Int[0, 40]).Array[1, 6]
            .Select(Gen.OneOf(Gen.Const(0), Gen.Int[8, 72]), (fields, size) => LayoutEngine.Resolve(new LayoutSpec(
                "T", "", EquatableArray<ContainingTypeSpec>.Empty, "public", LayoutTypeKind.RecordStruct,
                IsPartial: true, IsReadOnly: false, IsGeneric: false, size, ByteOrder.Little, Pack: 0,
                new EquatableArray<FieldSpec>(fields.Select((f, i) => new FieldSpec("F" + i, FieldType.ForScalar(s_scalars[f.Item1]), ExplicitOffset: f.Item2))),
                EquatableArray<string>.Empty)));

    [Fact]
    public void The_offset_found_is_the_first_aligned_free_one_inside_the_size()
    {
        s_layouts.Sample(layout =>
        {
            foreach (ResolvedField? field in layout.Fields.Where(f => f.Offset % f.Alignment != 0))
            {
                int? found = FreeOffsets.FindAlignedFreeOffset(layout, field.Index);
                int limit = layout.Spec.Size > 0 ? layout.Spec.Size : layout.Fields.Max(f => f.End) + field.Size + field.Alignment;
                int? first = Enumerable.Range(field.Offset, System.Math.Max(0, limit - field.Offset + 1))
                    .Where(o => o % field.Alignment == 0 && o + field.Size <= limit)
                    .Where(o => layout.Fields.All(other => other.Index == field.Index || o + field.Size <= other.Offset || other.End <= o))
                    .Select(o => (int?)o)
                    .FirstOrDefault();
                Assert.Equal(first, found);
                if (layout.Spec.Size == 0)
                {
                    Assert.NotNull(found);   // a computed size can always grow past the last field
                }
            }
        }, iter: 2000);
    }
}
