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

    /// <summary>Writes the private reference to the first byte and the constructor every generated view shares.</summary>
    public static void StartField(IndentedWriter writer, string viewName, string constructorAccess, string startField)
    {
        writer.Line($"private readonly ref byte {startField};");
        writer.Line();
        writer.Line($"{constructorAccess} {viewName}(ref byte start) => {startField} = ref start;");
    }
}
