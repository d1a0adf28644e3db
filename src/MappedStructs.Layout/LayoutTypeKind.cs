namespace MappedStructs.Layout;

/// <summary>What kind of type carries <c>[MappedLayout]</c>. Only <see cref="Struct"/> and <see cref="RecordStruct"/> are valid.</summary>
internal enum LayoutTypeKind
{
    Struct = 0,
    RecordStruct,
    RefStruct,
    Class,
    RecordClass,
    Other,
}
