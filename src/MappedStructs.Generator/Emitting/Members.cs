using MappedStructs.Layout;

namespace MappedStructs.Generator.Emitting;

/// <summary>The shapes of the generated members: a property is one line when read-only, a getter and a setter line otherwise.</summary>
internal static class Members
{
    /// <summary>
    /// Writes <c>{signature} => {getter};</c>, or, with a <paramref name="setter"/> (an expression using <c>value</c>),
    /// <c>{signature} { get => {getter}; set => {setter}; }</c>: one line either way.
    /// </summary>
    public static void Property(IndentedWriter writer, string signature, string getter, string? setter = null) =>
        writer.Line(setter is null ? $"{signature} => {getter};" : $"{signature} {{ get => {getter}; set => {setter}; }}");

    /// <summary>
    /// Writes the private reference to the first byte and the constructor every generated view shares; a view of a layout
    /// whose byte order is chosen per view (<paramref name="perView"/>) also holds that order, as the flag its helpers take.
    /// </summary>
    public static void StartField(IndentedWriter writer, string viewName, string constructorAccess, bool perView = false)
    {
        writer.Line("private readonly ref byte _start;");
        if (!perView)
        {
            writer.Line();
            writer.Line($"{constructorAccess} {viewName}(ref byte start) => _start = ref start;");
            return;
        }

        string flag = GeneratedNames.BigEndianField;
        writer.Line($"private readonly bool {flag};");
        writer.Line();
        writer.Open($"{constructorAccess} {viewName}(ref byte start, bool bigEndian)");
        writer.Line("_start = ref start;");
        writer.Line($"{flag} = bigEndian;");
        writer.Close();
    }
}
