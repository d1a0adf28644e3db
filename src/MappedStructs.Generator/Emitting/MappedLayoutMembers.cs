using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// The <c>IMappedLayout&lt;T&gt;</c> members whose short name a user member took: implemented explicitly, forwarding to
/// the renamed member, so that generic code (<c>MappedTable&lt;T&gt;</c>, <c>LayoutInfo.Of&lt;T&gt;()</c>) never depends
/// on the short names. An explicit implementation also wins over a user member of the same signature that would
/// otherwise implement the interface implicitly. A layout without collisions implements them implicitly and gets nothing here.
/// </summary>
internal static class MappedLayoutMembers
{
    public static void WriteExplicit(IndentedWriter writer, GeneratedMemberNames names, string self)
    {
        string contract = $"global::MappedStructs.IMappedLayout<{self}>";
        if (names.Layout != GeneratedNames.Layout)
        {
            Write(writer, $"static {LayoutInfo} {contract}.{GeneratedNames.Layout} => {names.Layout};");
        }

        if (names.LoadFrom != GeneratedNames.LoadFrom)
        {
            Write(writer, $"static {self} {contract}.{GeneratedNames.LoadFrom}({ReadOnlySpan}<byte> source) => {names.LoadFrom}(source);");
        }

        if (names.StoreTo != GeneratedNames.StoreTo)
        {
            Write(writer, $"static void {contract}.{GeneratedNames.StoreTo}(in {self} value, {Span}<byte> destination) => {names.StoreTo}(in value, destination);");
        }
    }

    private static void Write(IndentedWriter writer, string declaration)
    {
        writer.Line(GeneratedCodeAttribute);
        writer.Line(declaration);
        writer.Line();
    }
}
