using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MappedStructs;

/// <summary>Describes a generated layout: size, alignment, byte order, fingerprint and field table.</summary>
public sealed class LayoutInfo
{
    /// <summary>Creates a description. Generated code calls this once per layout type.</summary>
    public LayoutInfo(string name, int size, int alignment, Endianness endian, ulong fingerprint, IReadOnlyList<LayoutField> fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alignment);
        ArgumentNullException.ThrowIfNull(fields);
        Name = name;
        Size = size;
        Alignment = alignment;
        Endian = endian;
        Fingerprint = fingerprint;
        Fields = fields;
    }

    /// <summary>
    /// The description of layout <typeparamref name="T"/>, through <see cref="IMappedLayout{TSelf}"/>: the path that works
    /// whatever the layout's fields are named (a field named <c>Layout</c> moves the generated property to <c>Layout_</c>,
    /// never this).
    /// </summary>
    /// <typeparam name="T">A <see cref="MappedLayoutAttribute"/> type.</typeparam>
    public static LayoutInfo Of<T>()
        where T : struct, IMappedLayout<T> => T.Layout;

    /// <summary>The layout type's full name.</summary>
    public string Name { get; }

    /// <summary>The record size in bytes.</summary>
    public int Size { get; }

    /// <summary>The record alignment in bytes (the largest field alignment, or the pack).</summary>
    public int Alignment { get; }

    /// <summary>The byte order of multi-byte fields.</summary>
    public Endianness Endian { get; }

    /// <summary>
    /// A stable 64-bit hash of field names, types, offsets, sizes and byte order: equal on every machine and build
    /// for the same layout, different when any of those change.
    /// </summary>
    public ulong Fingerprint { get; }

    /// <summary>The fields in offset order.</summary>
    public IReadOnlyList<LayoutField> Fields { get; }

    /// <summary>
    /// The layout's version (<see cref="MappedLayoutAttribute.Version"/>), 1 for a layout that never declared one. Table
    /// files record it with each field's <see cref="LayoutField.Since"/> and <see cref="LayoutField.Deprecated"/>, and
    /// open files of other versions by the rules in <c>docs/versioning.md</c>.
    /// </summary>
    public int Version { get; init; } = 1;

    /// <summary>A text table of the layout, one field per line, readable by people and parseable by tools.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"layout {Name} size={Size} align={Alignment} endian={Endian} fingerprint=0x{Fingerprint:X16}");

        // Versions are written only where declared, so that the text of a layout without versions is what it always was.
        if (Version != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" version={Version}");
        }

        text.Append('\n');
        foreach (LayoutField field in Fields)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {field.Offset,5} {field.Size,5} {field.Kind,-10} {field.TypeName,-14} {field.Name}");
            AppendVersioning(text, field);
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    /// <summary>The <c>since=</c>, <c>deprecated=</c> and <c>formerly=</c> tokens of a field line, each only where it is not the default.</summary>
    private static void AppendVersioning(StringBuilder text, LayoutField field)
    {
        if (field.Since != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" since={field.Since}");
        }

        if (field.Deprecated != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" deprecated={field.Deprecated}");
        }

        if (field.FormerNames.Count > 0)
        {
            text.Append(" formerly=").AppendJoin(',', field.FormerNames);
        }
    }
}
