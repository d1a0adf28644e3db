using MappedStructs.Layout;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A <c>[VarArray]</c> of any count: the elements in the layout's byte order in the table's heap.</summary>
internal sealed class VarArrayFieldEmitter : HeapReferenceFieldEmitter
{
    protected override string ValueDescription(ResolvedField field) => "elements (" + field.CatalogueName + ")";
}
