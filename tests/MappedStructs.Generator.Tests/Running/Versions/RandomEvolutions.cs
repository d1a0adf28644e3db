using System;
using System.Collections.Generic;
using System.Linq;

namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>
/// Draws an older layout (2 to 5 integer fields of every width, either byte order, naturally aligned, of the version asked) and a
/// newer one of the requested kind: fields appended with <c>Since</c> above the older version, a field deprecated, a field
/// renamed with <c>[FormerName]</c>; or a field's type, size, offset or byte order changed, a field removed, bytes reused.
/// </summary>
internal static class RandomEvolutions
{
    private const int MaxDefault = 100;

    public static EvolvedPair Draw(Random random, int index, EvolutionKind kind, int olderVersion)
    {
        EvolvedLayout older = DrawOlder(random, olderVersion);
        return kind switch
        {
            EvolutionKind.Append => Append(random, index, older),
            EvolutionKind.Deprecate => Deprecate(random, index, older),
            EvolutionKind.Rename => Rename(random, index, older),
            EvolutionKind.TypeChanged => TypeChanged(random, index, older),
            EvolutionKind.SizeChanged => SizeChanged(index, older),
            EvolutionKind.OffsetChanged => OffsetChanged(index, older),
            EvolutionKind.ByteOrderChanged => ByteOrderChanged(index, older),
            EvolutionKind.FieldRemoved => FieldRemoved(random, index, older),
            _ => BytesReused(index, older),
        };
    }

    private static EvolvedLayout DrawOlder(Random random, int version)
    {
        var fields = new List<EvolvedField>();
        int end = 0;
        int count = random.Next(2, 6);
        for (int i = 0; i < count; i++)
        {
            // The first field is at least two bytes wide, so a change of byte order always changes some field.
            ScalarType type = ScalarType.All[random.Next(i == 0 ? 2 : 0, ScalarType.All.Count)];
            int offset = Align(end, type.Size);
            fields.Add(new EvolvedField("F" + i, type, offset));
            end = offset + type.Size;
        }

        return new EvolvedLayout(version, random.Next(2) == 0, end, fields);
    }

    private static EvolvedPair Append(Random random, int index, EvolvedLayout older)
    {
        var fields = new List<EvolvedField>(older.Fields);
        int end = older.Size;
        int added = random.Next(1, 3);
        for (int i = 0; i < added; i++)
        {
            ScalarType type = ScalarType.All[random.Next(ScalarType.All.Count)];
            int offset = Align(end, type.Size);
            long? value = random.Next(3) == 0 ? null : random.Next(1, MaxDefault);
            fields.Add(new EvolvedField("Added" + i, type, offset, Since: older.Version + 1, Default: value));
            end = offset + type.Size;
        }

        return new EvolvedPair(index, EvolutionKind.Append, older, older with { Version = older.Version + 1, Size = end, Fields = fields }, null, null);
    }

    private static EvolvedPair Deprecate(Random random, int index, EvolvedLayout older)
    {
        int victim = random.Next(older.Fields.Count);
        EvolvedField[] fields = [.. older.Fields];
        fields[victim] = fields[victim] with { Deprecated = older.Version + 1, Default = random.Next(1, MaxDefault) };
        return new EvolvedPair(index, EvolutionKind.Deprecate, older, older with { Version = older.Version + 1, Fields = fields }, null, null);
    }

    private static EvolvedPair Rename(Random random, int index, EvolvedLayout older)
    {
        int renamed = random.Next(older.Fields.Count);
        EvolvedField[] fields = [.. older.Fields];
        fields[renamed] = fields[renamed] with { Name = fields[renamed].Name + "Renamed", FormerName = fields[renamed].Name };
        return new EvolvedPair(index, EvolutionKind.Rename, older, older with { Fields = fields }, null, null);
    }

    private static EvolvedPair TypeChanged(Random random, int index, EvolvedLayout older)
    {
        int changed = random.Next(older.Fields.Count);
        EvolvedField[] fields = [.. older.Fields];
        fields[changed] = fields[changed] with { Type = ScalarType.Named(fields[changed].Type.OtherSignedness) };
        return Broken(index, EvolutionKind.TypeChanged, older, older with { Fields = fields }, "TypeChanged", fields[changed].Name);
    }

    private static EvolvedPair SizeChanged(int index, EvolvedLayout older)
    {
        // The last field changes width, so no other field moves: a wider type grows the record, a narrower one keeps its size.
        EvolvedField[] fields = [.. older.Fields];
        EvolvedField last = fields[^1];
        ScalarType type = last.Type.Size == 8 ? ScalarType.Named("int") : ScalarType.All.First(t => t.Size == last.Type.Size * 2);
        fields[^1] = last with { Type = type };
        int size = Math.Max(older.Size, last.Offset + type.Size);
        return Broken(index, EvolutionKind.SizeChanged, older, older with { Size = size, Fields = fields }, "SizeChanged", last.Name);
    }

    private static EvolvedPair OffsetChanged(int index, EvolvedLayout older)
    {
        EvolvedField[] fields = [.. older.Fields];
        EvolvedField last = fields[^1];
        int offset = Align(older.Size, last.Type.Size) + last.Type.Size;
        fields[^1] = last with { Offset = offset };
        return Broken(index, EvolutionKind.OffsetChanged, older, older with { Size = offset + last.Type.Size, Fields = fields }, "OffsetChanged", last.Name);
    }

    private static EvolvedPair ByteOrderChanged(int index, EvolvedLayout older) =>
        Broken(index, EvolutionKind.ByteOrderChanged, older, older with { BigEndian = !older.BigEndian }, "ByteOrderChanged", older.Fields[0].Name);

    private static EvolvedPair FieldRemoved(Random random, int index, EvolvedLayout older)
    {
        // A field before the last one, so the record keeps its size and only the removal is wrong.
        int removed = random.Next(older.Fields.Count - 1);
        EvolvedField[] fields = [.. older.Fields.Where((_, i) => i != removed)];
        return Broken(index, EvolutionKind.FieldRemoved, older, older with { Fields = fields }, "FieldRemoved", older.Fields[removed].Name);
    }

    private static EvolvedPair BytesReused(int index, EvolvedLayout older)
    {
        // The last field's bytes get a new field of the next version, and the old one is gone: a reader of old files would
        // take the old field's values for the new one's.
        EvolvedField[] fields = [.. older.Fields];
        EvolvedField last = fields[^1];
        fields[^1] = new EvolvedField("Reused", last.Type, last.Offset, Since: older.Version + 1);
        return Broken(index, EvolutionKind.BytesReused, older, older with { Version = older.Version + 1, Fields = fields }, "BytesReused", "Reused");
    }

    private static EvolvedPair Broken(int index, EvolutionKind kind, EvolvedLayout older, EvolvedLayout newer, string rule, string field) =>
        new(index, kind, older, newer, rule, field);

    private static int Align(int offset, int alignment) => (offset + alignment - 1) / alignment * alignment;
}
