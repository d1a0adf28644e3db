using System;
using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// Everything the generator writes for one kind of resolved field: its members in <c>Ref</c> and <c>ReadOnlyRef</c>, any
/// type-level members it needs (element views), its part of <c>Load</c> and <c>Store</c>, and the check that can make a
/// store throw. A new field kind is one subclass and its entry in <see cref="For"/>.
/// </summary>
internal abstract class FieldEmitter
{
    private static readonly FieldEmitter s_scalar = new ScalarFieldEmitter();
    private static readonly FieldEmitter s_atomic = new AtomicFieldEmitter();
    private static readonly FieldEmitter s_utf8 = new Utf8FieldEmitter();
    private static readonly FieldEmitter s_nested = new NestedFieldEmitter();
    private static readonly FieldEmitter s_fixedArray = new FixedArrayFieldEmitter();
    private static readonly FieldEmitter s_bits = new BitFieldEmitter();
    private static readonly FieldEmitter s_text = new TextFieldEmitter();
    private static readonly FieldEmitter s_blob = new BlobFieldEmitter();
    private static readonly FieldEmitter s_varArray = new VarArrayFieldEmitter();

    /// <summary>The emitter for <paramref name="field"/>'s kind: the one place that maps a kind to its code.</summary>
    public static FieldEmitter For(ResolvedField field) => field.Kind switch
    {
        ResolvedFieldKind.Scalar => s_scalar,
        ResolvedFieldKind.Atomic => s_atomic,
        ResolvedFieldKind.Utf8 => s_utf8,
        ResolvedFieldKind.Nested => s_nested,
        ResolvedFieldKind.FixedArray => s_fixedArray,
        ResolvedFieldKind.Bits => s_bits,
        ResolvedFieldKind.Text => s_text,
        ResolvedFieldKind.Blob => s_blob,
        ResolvedFieldKind.VarArray => s_varArray,
        _ => throw new InvalidOperationException("Unknown field kind " + field.Kind),
    };

    /// <summary>Writes the field's members (its summary first) into <c>Ref</c> or <c>ReadOnlyRef</c>: those <see cref="ViewMembers"/> lists.</summary>
    public abstract void WriteViewMembers(ViewContext view, ResolvedField field);

    /// <summary>The public members <see cref="WriteViewMembers"/> writes for the field into the writable or read-only view, by shape.</summary>
    public abstract IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable);

    /// <summary>
    /// The statement that appends the field's value to the view's <c>ToString</c> text (a
    /// <c>DefaultInterpolatedStringHandler</c> named <c>text</c>); it never throws for any bytes.
    /// </summary>
    public virtual string ToStringStatement(ResolvedLayout layout, ResolvedField field) => $"text.AppendFormatted(this.{Id(field.Name)});";

    /// <summary>Writes members the field adds to the layout type itself, each after a blank line; most kinds add none.</summary>
    public virtual void WriteTypeMembers(IndentedWriter writer, ResolvedLayout layout, ResolvedField field)
    {
    }

    /// <summary>The value <c>Load</c> assigns to the record's property (<c>Id</c>, <c>Inner.Load()</c>).</summary>
    public virtual string LoadExpression(ResolvedLayout layout, ResolvedField field) => Id(field.Name);

    /// <summary>The value <c>Load</c> of <paramref name="view"/> assigns: the layout's <see cref="LoadExpression(ResolvedLayout, ResolvedField)"/> unless the kind's copy depends on the view.</summary>
    public virtual string LoadExpression(ViewContext view, ResolvedField field) => LoadExpression(view.Layout, field);

    /// <summary>
    /// The statement <c>Store</c> writes the field with. <c>this.</c> keeps a field named like the parameter (<c>value</c>)
    /// from binding to it. <c>Store</c> runs every <see cref="StoreCheck"/> first, so this never throws for bad input.
    /// </summary>
    public virtual string StoreStatement(ResolvedLayout layout, ResolvedField field) => $"this.{Id(field.Name)} = value.{Id(field.Name)};";

    /// <summary>
    /// The statement <c>Store</c> of <paramref name="view"/> writes the field with: <see cref="StoreStatement(ResolvedLayout, ResolvedField)"/>
    /// for every kind that cannot be versioned; the kinds that can (scalars and atomics) override it, since a versioned
    /// field's store depends on the view (its record's length, its byte order).
    /// </summary>
    public virtual string StoreStatement(ViewContext view, ResolvedField field) => StoreStatement(view.Layout, field);

    /// <summary>The statement that throws when <c>value</c>'s field cannot be stored, writing nothing; null when none can.</summary>
    public virtual string? StoreCheck(ResolvedLayout layout, ResolvedField field) => null;
}
