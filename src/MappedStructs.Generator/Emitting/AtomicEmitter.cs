using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// Writes an <c>[Atomic]</c> field: a volatile property and, on <c>Ref</c>, <c>Exchange</c>/<c>CompareExchange</c>/<c>Add</c>
/// through <c>Interlocked</c> on the field's own bytes. When the layout's byte order is not the host's, values are swapped
/// around the interlocked operation (the bytes in memory stay in layout order), and <c>Add</c> becomes a compare-exchange loop.
/// </summary>
internal static class AtomicEmitter
{
    private const string Location = "location";

    /// <summary>Writes the field's members; <paramref name="checkedView"/> names the view when each needs the default-view check.</summary>
    public static void Write(IndentedWriter writer, ResolvedLayout layout, ResolvedField field, bool writable, string summary, string? checkedView)
    {
        ByteOrder order = layout.Spec.Endian;
        string type = ScalarCode.ValueType(field.Spec.Type);
        string match = ScalarCode.HostMatches(order);
        string declareLocation = $"ref {type} {Location} = ref {Unsafe}.As<byte, {type}>(ref {At("Offsets." + Id(field.Name))});";
        string Swap(string value) => $"{BinaryPrimitives}.ReverseEndianness({value})";
        string Host(string value) => $"{match} ? {value} : {Swap(value)}";
        void DeclareLocation()
        {
            if (checkedView is not null)
            {
                DefaultViewCheck.Write(writer, checkedView);
            }

            writer.Line(declareLocation);
        }

        writer.Line(summary + ", atomic: reads and writes are volatile.</summary>");
        writer.Open($"public {type} {Id(field.Name)}");
        writer.Open("get");
        DeclareLocation();
        writer.Line($"{type} stored = {Volatile}.Read(ref {Location});");
        writer.Line($"return {Host("stored")};");
        writer.Close();
        if (!writable)
        {
            writer.Close();
            return;
        }

        writer.Line();
        writer.Open("set");
        DeclareLocation();
        writer.Line($"{Volatile}.Write(ref {Location}, {Host("value")});");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Atomically replaces <c>{field.Name}</c> with <paramref name=\"value\"/> and returns the previous value.</summary>");
        writer.Open($"public {type} {GeneratedNames.AtomicExchange(field.Name)}({type} value)");
        DeclareLocation();
        writer.Line($"{type} previous = {Interlocked}.Exchange(ref {Location}, {Host("value")});");
        writer.Line($"return {Host("previous")};");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Atomically replaces <c>{field.Name}</c> with <paramref name=\"value\"/> if it equals <paramref name=\"comparand\"/>; returns the value found.</summary>");
        writer.Open($"public {type} {GeneratedNames.AtomicCompareExchange(field.Name)}({type} value, {type} comparand)");
        DeclareLocation();
        writer.Line($"{type} previous = {Interlocked}.CompareExchange(ref {Location}, {Host("value")}, {Host("comparand")});");
        writer.Line($"return {Host("previous")};");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Atomically adds <paramref name=\"delta\"/> to <c>{field.Name}</c> (wrapping on overflow) and returns the new value.</summary>");
        writer.Open($"public {type} {GeneratedNames.AtomicAdd(field.Name)}({type} delta)");
        DeclareLocation();
        writer.Open($"if ({match})");
        writer.Line($"return {Interlocked}.Add(ref {Location}, delta);");
        writer.Close();
        writer.Line();
        writer.Line("// The bytes are in the other byte order: add to the swapped value in a compare-exchange loop.");
        writer.Line($"{type} seen = {Volatile}.Read(ref {Location});");
        writer.Open("while (true)");
        writer.Line($"{type} next = {Swap($"unchecked({Swap("seen")} + delta)")};");
        writer.Line($"{type} found = {Interlocked}.CompareExchange(ref {Location}, next, seen);");
        writer.Open("if (found == seen)");
        writer.Line($"return {Swap("next")};");
        writer.Close();
        writer.Line();
        writer.Line("seen = found;");
        writer.Close();
        writer.Close();
    }
}
