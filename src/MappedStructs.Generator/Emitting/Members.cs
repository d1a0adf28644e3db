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
    /// Writes the private reference to the first byte (<paramref name="startField"/>) and the constructor every generated
    /// view shares; a view of a layout whose byte order is chosen per view also holds that order, as the flag its helpers
    /// take (<paramref name="bigEndianField"/>, null for a fixed-order view), and a view of a layout with fields added in
    /// later versions holds its record's length (<paramref name="lengthField"/>, null otherwise), and a view of a layout with
    /// variable-length fields holds the heap its references resolve against (<paramref name="heapField"/>, null otherwise).
    /// </summary>
    public static void StartField(IndentedWriter writer, string viewName, string constructorAccess, string startField, string? bigEndianField = null, string? lengthField = null, string? heapField = null)
    {
        writer.Line($"private readonly ref byte {startField};");
        if (bigEndianField is null && lengthField is null && heapField is null)
        {
            writer.Line();
            writer.Line($"{constructorAccess} {viewName}(ref byte start) => {startField} = ref start;");
            return;
        }

        if (bigEndianField is not null)
        {
            writer.Line($"private readonly bool {bigEndianField};");
        }

        if (lengthField is not null)
        {
            writer.Line($"private readonly int {lengthField};");
        }

        if (heapField is not null)
        {
            writer.Line($"private readonly {Names.MappedHeap} {heapField};");
        }

        writer.Line();
        string parameters = (bigEndianField is null ? string.Empty : ", bool bigEndian") + (lengthField is null ? string.Empty : ", int length")
            + (heapField is null ? string.Empty : $", {Names.MappedHeap} heap");
        writer.Open($"{constructorAccess} {viewName}(ref byte start{parameters})");
        writer.Line($"{startField} = ref start;");
        if (bigEndianField is not null)
        {
            writer.Line($"{bigEndianField} = bigEndian;");
        }

        if (lengthField is not null)
        {
            writer.Line($"{lengthField} = length;");
        }

        if (heapField is not null)
        {
            writer.Line($"{heapField} = heap;");
        }

        writer.Close();
    }
}
