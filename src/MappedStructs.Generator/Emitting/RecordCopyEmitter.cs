using System.Collections.Generic;
using System.Linq;
using MappedStructs.Generator.Emitting.Fields;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Writes the views' <c>Load</c> and <c>Store</c> and the layout's store checks, from each field's
/// <see cref="FieldEmitter"/>. The checks are written once, in <c>IStoreValidation.ValidateForStore</c>; <c>Store</c>
/// runs them through <c>GeneratedLayoutSupport.CheckStorable</c> before its first write.
/// </summary>
internal static class RecordCopyEmitter
{
    /// <summary>Every statement that can make a store of <c>value</c> throw (strings, array lengths, nested layouts at any depth).</summary>
    public static IReadOnlyList<string> StoreChecks(ResolvedLayout layout) =>
        layout.Fields
            .Select(field => FieldEmitter.For(field).StoreCheck(layout, field))
            .OfType<string>()
            .ToArray();

    public static void WriteLoad(ViewContext view)
    {
        IndentedWriter writer = view.Writer;
        ResolvedLayout layout = view.Layout;
        string self = layout.Spec.QualifiedName;
        writer.Line("/// <summary>Copies the whole record out of the mapping.</summary>");
        bool check = DefaultViewCheck.Needed(0, layout.Size);
        if (check)
        {
            // The far fields check on their own too, but one check first gives every field of a default view the same
            // exception; the JIT drops the later ones it dominates.
            writer.Open($"public {self} {view.Names.Load}()");
            DefaultViewCheck.Write(writer, view.DisplayName, view.Names.StartField);
            writer.Line($"return new {self}");
        }
        else
        {
            writer.Line($"public {self} {view.Names.Load}() => new {self}");
        }

        writer.Line("{");
        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line($"    {Id(field.Name)} = {FieldEmitter.For(field).LoadExpression(view, field)},");
        }

        writer.Line("};");
        if (check)
        {
            writer.Close();
        }
    }

    public static void WriteStore(ViewContext view)
    {
        IndentedWriter writer = view.Writer;
        ResolvedLayout layout = view.Layout;
        writer.Line(view.HasHeap
            ? "/// <summary>Appends the variable-length values of <paramref name=\"value\"/> to the view's heap, then writes every field in place (padding bytes are left as they are), each reference with one atomic store. Throws <c>ArgumentException</c> when a value cannot be stored, and <c>NotSupportedException</c> for a non-empty variable-length value through a view over raw bytes, before writing anything. Not atomic with respect to concurrent readers: they may see a mix of old and new fields.</summary>"
            : "/// <summary>Writes every field of <paramref name=\"value\"/> in place (padding bytes are left as they are). Throws <c>ArgumentException</c> when a string does not fit or an array's length differs from its field's, at any depth, before writing anything. Not atomic with respect to concurrent readers: they may see a mix of old and new fields.</summary>");
        writer.Open($"public void {view.Names.Store}(in {layout.Spec.QualifiedName} value)");
        if (DefaultViewCheck.Needed(0, layout.Size))
        {
            // Before the value's checks too: a default view is the caller's first mistake to report.
            DefaultViewCheck.Write(writer, view.DisplayName, view.Names.StartField);
        }

        if (StoreChecks(layout).Count > 0)
        {
            writer.Line($"{Support}.CheckStorable(in value);");
            writer.Line();
        }

        // A record of an older version cannot keep a value of a field added since: refused before anything is written.
        bool addedChecks = false;
        foreach (ResolvedField field in layout.Fields)
        {
            if (VersionedAccess.IsAdded(field))
            {
                writer.Line(FieldEmitter.For(field) is HeapReferenceFieldEmitter heap ? heap.AddedStoreCheck(view, field) : VersionedAccess.StoreCheck(view, field));
                addedChecks = true;
            }
        }

        if (addedChecks)
        {
            writer.Line();
        }

        // Every value reaches the heap before the record refers to it; a view over raw bytes refuses a non-empty one here.
        bool appended = false;
        foreach (ResolvedField field in layout.Fields)
        {
            if (FieldEmitter.For(field) is HeapReferenceFieldEmitter heap)
            {
                writer.Line(heap.AppendStatement(view, field));
                appended = true;
            }
        }

        if (appended)
        {
            writer.Line();
        }

        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line(FieldEmitter.For(field).StoreStatement(view, field));
        }

        writer.Close();
    }
}
