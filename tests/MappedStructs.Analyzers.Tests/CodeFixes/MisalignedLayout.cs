using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MappedStructs.Layout;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

/// <summary>
/// Random explicit layouts with misaligned fields that can all be aligned: an aligned layout without overlaps, some of
/// whose fields were then moved to misaligned offsets that overlap nothing (so putting them back is a solution).
/// </summary>
internal sealed record MisalignedLayout(int Size, IReadOnlyList<(ScalarType Type, int Offset)> Fields)
{
    private static readonly ScalarType[] s_scalars = [ScalarType.Byte, ScalarType.Int16, ScalarType.Int32, ScalarType.Int64, ScalarType.Double];

    internal static Gen<MisalignedLayout> Gen { get; } = CsCheck.Gen.Int.Select(Build);

    internal ResolvedLayout Resolve() => LayoutEngine.Resolve(new LayoutSpec(
        "T", "", EquatableArray<ContainingTypeSpec>.Empty, "public", LayoutTypeKind.RecordStruct,
        IsPartial: true, IsReadOnly: false, IsGeneric: false, Size, ByteOrder.Little, Pack: 0,
        new EquatableArray<FieldSpec>(Fields.Select((f, i) => new FieldSpec("F" + i, FieldType.ForScalar(f.Type), ExplicitOffset: f.Offset))),
        EquatableArray<string>.Empty));

    internal string Source()
    {
        string size = Size > 0 ? $"(Size = {Size})" : string.Empty;
        IEnumerable<string> fields = Fields.Select((f, i) => $"    [Field({f.Offset})] public {TypeCatalogue.Get(f.Type).CSharpName} F{i} {{ get; init; }}");
        return $"using MappedStructs;\n\n[MappedLayout{size}]\npublic partial record struct T\n{{\n{string.Join("\n", fields)}\n}}\n";
    }

    private static MisalignedLayout Build(int seed)
    {
        var random = new Random(seed);
        var fields = new List<(ScalarType Type, int Offset)>();
        int cursor = 0;
        for (int i = random.Next(2, 6); i > 0; i--)
        {
            ScalarType type = s_scalars[random.Next(s_scalars.Length)];
            ScalarInfo info = TypeCatalogue.Get(type);
            int offset = LayoutEngine.AlignUp(cursor + (random.Next(3) * info.Alignment), info.Alignment);
            fields.Add((type, offset));
            cursor = offset + info.Size;
        }

        int size = random.Next(2) == 0 ? 0 : LayoutEngine.AlignUp(cursor + random.Next(0, 9), 8);
        int limit = size > 0 ? size : cursor + 16;
        for (int i = 0; i < fields.Count; i++)
        {
            ScalarInfo info = TypeCatalogue.Get(fields[i].Type);
            for (int attempt = 0; info.Alignment > 1 && attempt < 20 && random.Next(3) > 0; attempt++)
            {
                int offset = random.Next(0, limit - info.Size + 1);
                if (offset % info.Alignment != 0 && !Overlaps(fields, i, offset, info.Size))
                {
                    fields[i] = (fields[i].Type, offset);
                    break;
                }
            }
        }

        return new MisalignedLayout(size, fields);
    }

    private static bool Overlaps(List<(ScalarType Type, int Offset)> fields, int index, int offset, int size)
        => fields.Where((_, i) => i != index).Any(f => offset < f.Offset + TypeCatalogue.Get(f.Type).Size && f.Offset < offset + size);
}
