using MappedStructs.Layout;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A <c>[Text]</c> string of any length: UTF-8 in the table's heap.</summary>
internal sealed class TextFieldEmitter : HeapReferenceFieldEmitter
{
    protected override string ValueDescription(ResolvedField field) => "UTF-8 text";
}
