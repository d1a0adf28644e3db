using MappedStructs.Layout;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>A <c>[Blob]</c> of any length (<c>byte[]</c> or <c>ReadOnlyMemory&lt;byte&gt;</c>): raw bytes in the table's heap.</summary>
internal sealed class BlobFieldEmitter : HeapReferenceFieldEmitter
{
    protected override string ValueDescription(ResolvedField field) => "bytes";
}
