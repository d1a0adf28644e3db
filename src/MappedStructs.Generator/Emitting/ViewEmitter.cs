using System;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Writes <c>Ref</c> (writable) or <c>ReadOnlyRef</c>: a <c>ref struct</c> holding one <c>ref byte</c> to the record's first
/// byte, created with one bounds check, whose properties read and write the record's bytes in place.
/// </summary>
internal static class ViewEmitter
{
    public static void Write(IndentedWriter writer, ResolvedLayout layout, bool writable)
    {
        LayoutSpec spec = layout.Spec;
        string self = spec.QualifiedName;
        string name = writable ? GeneratedNames.Ref : GeneratedNames.ReadOnlyRef;
        string span = writable ? Span : ReadOnlySpan;
        string order = FieldFacts.OrderText(spec.Endian);
        writer.Line(writable
            ? $"/// <summary>A writable, zero-copy view of one <c>{spec.DottedName}</c> record ({Text(layout.Size)} bytes, {order}): each property reads or writes its bytes in place.</summary>"
            : $"/// <summary>A read-only, zero-copy view of one <c>{spec.DottedName}</c> record ({Text(layout.Size)} bytes, {order}): each property reads its bytes in place.</summary>");
        writer.Line(GeneratedCodeAttribute);
        writer.Open($"public readonly ref struct {name}");
        writer.Line("private readonly ref byte _start;");
        writer.Line();
        writer.Line($"private {name}(ref byte start) => _start = ref start;");
        writer.Line();
        writer.Line(layout.HasAtomics
            ? $"/// <summary>Views the first <see cref=\"Size\"/> bytes of <paramref name=\"bytes\"/>; throws <c>ArgumentException</c> when it is shorter or does not start at a multiple of {Text(layout.AtomicAlignment)} (its [Atomic] fields need aligned addresses).</summary>"
            : $"/// <summary>Views the first <see cref=\"Size\"/> bytes of <paramref name=\"bytes\"/>; throws <c>ArgumentException</c> when it is shorter.</summary>");
        writer.Open($"public static {name} From({span}<byte> bytes)");
        writer.Open("if (bytes.Length < Size)");
        writer.Line($"{Support}.ThrowTooShort({Quote(spec.DottedName)}, Size, bytes.Length, nameof(bytes));");
        writer.Close();
        writer.Line();
        if (layout.HasAtomics)
        {
            // [Atomic] fields need naturally aligned addresses; checked once here, never per access.
            writer.Line($"ref byte start = ref {MemoryMarshal}.GetReference(bytes);");
            writer.Line($"{Support}.CheckAligned(ref start, {Text(layout.AtomicAlignment)}, {Quote(spec.DottedName)}, nameof(bytes));");
            writer.Line($"return new {name}(ref start);");
        }
        else
        {
            writer.Line($"return new {name}(ref {MemoryMarshal}.GetReference(bytes));");
        }
        writer.Close();
        writer.Line();
        writer.Line(writable
            ? "/// <summary>Views the record at <paramref name=\"offset\"/> of a writable <paramref name=\"view\"/>; the view checks the range once.</summary>"
            : "/// <summary>Views the record at <paramref name=\"offset\"/> of <paramref name=\"view\"/>; the view checks the range once.</summary>");
        writer.Open($"public static {name} From({MappedView} view, long offset)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(view);");
        writer.Line(writable ? "return From(view.GetSpan(offset, Size));" : "return From(view.GetReadOnlySpan(offset, Size));");
        writer.Close();
        writer.Line();
        if (writable)
        {
            writer.Line("/// <summary>Views a record slot yielded by a table.</summary>");
            writer.Line($"public static implicit operator Ref(global::MappedStructs.MappedRecord<{self}> record) => From(record.Bytes);");
            writer.Line();
            writer.Line("/// <summary>A read-only view of the same record.</summary>");
            writer.Line($"public static implicit operator ReadOnlyRef(Ref view) => ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref view._start, Size));");
        }
        else
        {
            writer.Line("/// <summary>Views a read-only record slot yielded by a table.</summary>");
            writer.Line($"public static implicit operator ReadOnlyRef(global::MappedStructs.ReadOnlyMappedRecord<{self}> record) => From(record.Bytes);");
        }

        foreach (ResolvedField field in layout.Fields)
        {
            writer.Line();
            WriteField(writer, layout, field, writable);
        }

        writer.Line();
        WriteLoad(writer, layout, writable);
        if (writable)
        {
            writer.Line();
            WriteStore(writer, layout);
        }

        writer.Close();
    }

    private static void WriteField(IndentedWriter writer, ResolvedLayout layout, ResolvedField field, bool writable)
    {
        ByteOrder order = layout.Spec.Endian;
        string at = At("Offsets." + Id(field.Name));
        string viewName = ViewName(layout, writable);

        // Nested views and element views are checked here too: they start at _start + offset, which is not null, so their
        // own checks (relative to their own start) could not see that this view wraps no memory.
        bool check = DefaultViewCheck.Needed(field.Offset, field.Size);
        string summary = $"/// <summary><c>{field.Name}</c>: {field.CatalogueName} at offset {Text(field.Offset)}, {ByteCount(field.Size)}";
        switch (field.Kind)
        {
            case ResolvedFieldKind.Scalar:
            {
                writer.Line(summary + ".</summary>");
                string type = ScalarCode.ValueType(field.Spec.Type);
                string location = At("Offsets." + Id(field.Name));
                writer.Open($"public {type} {Id(field.Name)}");
                writer.Open("get");
                WriteCheck(writer, check, viewName);
                ScalarCode.WriteReadBody(writer, field.Spec.Type, location, order);
                writer.Close();
                if (writable)
                {
                    writer.Line();
                    writer.Open("set");
                    WriteCheck(writer, check, viewName);
                    ScalarCode.WriteWriteBody(writer, field.Spec.Type, location, "value", order);
                    writer.Close();
                }

                writer.Close();
                return;
            }

            case ResolvedFieldKind.Atomic:
                AtomicEmitter.Write(writer, layout, field, writable, summary, check ? viewName : null);
                return;

            case ResolvedFieldKind.Utf8:
            {
                string bytesName = GeneratedNames.Utf8Bytes(field.Name);
                string fullName = Quote(layout.Spec.Name + "." + field.Name);
                writer.Line($"/// <summary>The raw bytes of <c>{field.Name}</c>: {Text(field.Size)} bytes of NUL-padded UTF-8.</summary>");
                // The getter and setter go through this span, so its check covers them.
                DefaultViewCheck.WriteProperty(
                    writer,
                    writable ? $"public {Span}<byte> {bytesName}" : $"public {ReadOnlySpan}<byte> {bytesName}",
                    check,
                    viewName,
                    writable
                        ? $"{MemoryMarshal}.CreateSpan(ref {at}, {Text(field.Size)})"
                        : $"{MemoryMarshal}.CreateReadOnlySpan(ref {at}, {Text(field.Size)})");
                writer.Line();
                if (!writable)
                {
                    writer.Line(summary + ": the text up to the first NUL; throws <c>InvalidDataException</c> when those bytes are not valid UTF-8.</summary>");
                    writer.Line($"public string {Id(field.Name)} => {Support}.ReadUtf8({bytesName}, {fullName});");
                    return;
                }

                writer.Line(summary + "; the getter throws <c>InvalidDataException</c> on invalid UTF-8, the setter <c>ArgumentException</c> when the text does not fit (it never truncates).</summary>");
                writer.Open($"public string {Id(field.Name)}");
                writer.Line($"get => {Support}.ReadUtf8({bytesName}, {fullName});");
                writer.Line($"set => {Support}.WriteUtf8(value, {bytesName}, {fullName});");
                writer.Close();
                return;
            }

            case ResolvedFieldKind.Nested:
            {
                string nested = field.Spec.Type.TypeName;
                writer.Line(summary + ", viewed in place.</summary>");
                DefaultViewCheck.WriteProperty(
                    writer,
                    writable ? $"public {nested}.Ref {Id(field.Name)}" : $"public {nested}.ReadOnlyRef {Id(field.Name)}",
                    check,
                    viewName,
                    writable
                        ? $"{nested}.Ref.From({MemoryMarshal}.CreateSpan(ref {at}, {nested}.Size))"
                        : $"{nested}.ReadOnlyRef.From({MemoryMarshal}.CreateReadOnlySpan(ref {at}, {nested}.Size))");
                return;
            }

            case ResolvedFieldKind.FixedArray:
                WriteArray(writer, layout, field, writable, at, summary, check ? viewName : null);
                return;

            default:
                throw new InvalidOperationException("Unknown field kind " + field.Kind);
        }
    }

    /// <summary>Writes a fixed array's property; <paramref name="checkedView"/> names the view when it needs the default-view check.</summary>
    private static void WriteArray(IndentedWriter writer, ResolvedLayout layout, ResolvedField field, bool writable, string at, string summary, string? checkedView)
    {
        bool check = checkedView is not null;
        string viewName = checkedView ?? string.Empty;
        string element = FieldFacts.ElementType(field);
        string count = Text(field.ElementCount);
        if (!FieldFacts.IsSpanArray(field, layout.Spec.Endian))
        {
            string view = writable ? GeneratedNames.ArrayView(field.Name) : GeneratedNames.ReadOnlyArrayView(field.Name);
            writer.Line(summary + ": a bounds-checked view of its elements.</summary>");
            DefaultViewCheck.WriteProperty(writer, $"public {view} {Id(field.Name)}", check, viewName, $"new {view}(ref {at})");
            return;
        }

        string spanType = writable ? Span : ReadOnlySpan;
        string create = writable ? "CreateSpan" : "CreateReadOnlySpan";
        string reference = element == "byte" ? $"ref {at}" : $"ref {Unsafe}.As<byte, {element}>(ref {at})";
        string spanExpression = $"{MemoryMarshal}.{create}({reference}, {count})";
        if (!FieldFacts.NeedsHostOrderGuard(field))
        {
            writer.Line(summary + ", as a span.</summary>");
            DefaultViewCheck.WriteProperty(writer, $"public {spanType}<{element}> {Id(field.Name)}", check, viewName, spanExpression);
            return;
        }

        writer.Line(summary + ", as a span; throws <c>PlatformNotSupportedException</c> on a big-endian host.</summary>");
        DefaultViewCheck.WriteProperty(
            writer,
            $"public {spanType}<{element}> {Id(field.Name)}",
            check,
            viewName,
            $"{BitConverterType}.IsLittleEndian",
            $"    ? {spanExpression}",
            $"    : throw {Support}.ByteOrderMismatch({Quote(layout.Spec.Name + "." + field.Name)})");
    }

    private static void WriteLoad(IndentedWriter writer, ResolvedLayout layout, bool writable)
    {
        string self = layout.Spec.QualifiedName;
        writer.Line($"/// <summary>Copies the whole record out of the mapping.</summary>");
        bool check = DefaultViewCheck.Needed(0, layout.Size);
        if (check)
        {
            // The far fields check on their own too, but one check first gives every field of a default view the same
            // exception; the JIT drops the later ones it dominates.
            writer.Open($"public {self} Load()");
            DefaultViewCheck.Write(writer, ViewName(layout, writable));
            writer.Line($"return new {self}");
        }
        else
        {
            writer.Line($"public {self} Load() => new {self}");
        }

        writer.Line("{");
        foreach (ResolvedField field in layout.Fields)
        {
            string id = Id(field.Name);
            string value = field.Kind switch
            {
                ResolvedFieldKind.Nested => id + ".Load()",
                ResolvedFieldKind.FixedArray => id + ".ToArray()",
                _ => id,
            };
            writer.Line($"    {id} = {value},");
        }

        writer.Line("};");
        if (check)
        {
            writer.Close();
        }
    }

    private static void WriteStore(IndentedWriter writer, ResolvedLayout layout)
    {
        LayoutSpec spec = layout.Spec;
        writer.Line("/// <summary>");
        writer.Line("/// Writes every field of <paramref name=\"value\"/> in place (padding bytes are left as they are). Throws <c>ArgumentException</c>");
        writer.Line("/// when a string does not fit or an array's length differs from its field's, at any depth, before writing anything.");
        writer.Line("/// Not atomic with respect to concurrent readers: they may see a mix of old and new fields.");
        writer.Line("/// </summary>");
        writer.Open($"public void Store(in {spec.QualifiedName} value)");
        if (DefaultViewCheck.Needed(0, layout.Size))
        {
            // Before the value's checks too: a default view is the caller's first mistake to report.
            DefaultViewCheck.Write(writer, ViewName(layout, writable: true));
        }

        if (WriteStoreChecks(writer, layout))
        {
            writer.Line();
        }

        foreach (ResolvedField field in layout.Fields)
        {
            string fullName = Quote(spec.Name + "." + field.Name);
            string id = Id(field.Name);

            // "this." keeps a field named like the parameter (value) from binding to the parameter.
            // The checks above already threw for anything that would make these writes throw.
            switch (field.Kind)
            {
                case ResolvedFieldKind.Utf8:
                    writer.Line($"{Support}.WriteUtf8(value.{id}, this.{GeneratedNames.Utf8Bytes(field.Name)}, {fullName});");
                    break;
                case ResolvedFieldKind.Nested:
                    writer.Line($"this.{id}.Store(value.{id});");
                    break;
                case ResolvedFieldKind.FixedArray when FieldFacts.IsSpanArray(field, spec.Endian):
                    writer.Line($"{Support}.CopyArray(value.{id}, this.{id}, {fullName});");
                    break;
                case ResolvedFieldKind.FixedArray:
                    writer.Line($"this.{id}.CopyFrom(value.{id});");
                    break;
                default:
                    writer.Line($"this.{id} = value.{id};");
                    break;
            }
        }

        writer.Close();
    }

    /// <summary>The name of a view in messages: <c>Trade.Ref</c>.</summary>
    private static string ViewName(ResolvedLayout layout, bool writable) =>
        layout.Spec.DottedName + "." + (writable ? GeneratedNames.Ref : GeneratedNames.ReadOnlyRef);

    private static void WriteCheck(IndentedWriter writer, bool check, string viewName)
    {
        if (check)
        {
            DefaultViewCheck.Write(writer, viewName);
        }
    }

    /// <summary>
    /// Writes every check that can make a store of <c>value</c> throw (strings, array lengths, nested layouts at any depth),
    /// so that a store validates all of them before its first write. Returns whether anything was written.
    /// </summary>
    public static bool WriteStoreChecks(IndentedWriter writer, ResolvedLayout layout)
    {
        bool any = false;
        foreach (ResolvedField field in layout.Fields)
        {
            string fullName = Quote(layout.Spec.Name + "." + field.Name);
            string id = Id(field.Name);
            switch (field.Kind)
            {
                case ResolvedFieldKind.Utf8:
                    writer.Line($"{Support}.CheckUtf8(value.{id}, {Text(field.Size)}, {fullName});");
                    any = true;
                    break;
                case ResolvedFieldKind.Nested:
                    writer.Line($"{Support}.CheckNested(value.{id});");
                    any = true;
                    break;
                case ResolvedFieldKind.FixedArray when FieldFacts.Element(field).Shape == FieldShape.Nested:
                    writer.Line($"{Support}.CheckNestedArray(value.{id}, {Text(field.ElementCount)}, {fullName});");
                    any = true;
                    break;
                case ResolvedFieldKind.FixedArray:
                    writer.Line($"{Support}.CheckArray(value.{id}, {Text(field.ElementCount)}, {fullName});");
                    any = true;
                    break;
                default:
                    break;
            }
        }

        return any;
    }
}
