using System;
using System.IO;
using System.Linq;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// Runs one <see cref="TableCase"/> through the compiled table probe: appends the records to a new table, reopens it
/// read-only and read-write and checks every value through the views and through <c>Load</c>, then replaces values through
/// the <c>Ref</c> setters, reopens and checks again. The heap's length is checked too: each non-empty value takes its length
/// rounded up to 8 bytes, an empty one none, and a replaced value's old bytes stay (docs/tables.md, "Variable-length fields").
/// </summary>
internal static class TableRoundTrip
{
    public static void Check(RunnableAssembly assembly, TestLayout layout, TableCase sample, string directory)
    {
        string folder = Directory.CreateDirectory(Path.Combine(directory, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            Run(assembly, layout, sample, Path.Combine(folder, layout.Name + ".tbl"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Run(RunnableAssembly assembly, TestLayout layout, TableCase sample, string path)
    {
        string probe = "Probes.TableProbe" + layout.Name;
        object?[][] fixedValues = sample.Records.Select(record => record.Fixed.ToArray<object?>()).ToArray();
        object?[][] variableValues = sample.Records.Select(record => record.Variable.ToArray()).ToArray();
        long expectedHeap = variableValues.Sum(values => values.Sum(HeapBytes));
        long heap = (long)assembly.Call(probe, "Append", path, fixedValues, variableValues, (long)sample.Capacity)!;
        Assert.True(expectedHeap == heap, $"heap length after Append: expected {expectedHeap}, got {heap}");
        CheckReopened(assembly, layout, path, fixedValues, variableValues, expectedHeap, "after Append");
        if (sample.Replacements.Length == 0)
        {
            return;
        }

        heap = (long)assembly.Call(
            probe,
            "Replace",
            path,
            sample.Replacements.Select(replacement => replacement.Record).ToArray(),
            sample.Replacements.Select(replacement => replacement.Field).ToArray(),
            sample.Replacements.Select(replacement => replacement.AsBytes ? VariableLengthValues.Bytes(replacement.Value) : replacement.Value).ToArray(),
            sample.Replacements.Select(replacement => replacement.AsBytes).ToArray())!;
        foreach (Replacement replacement in sample.Replacements)
        {
            variableValues[replacement.Record][replacement.Field] = replacement.Value;
            expectedHeap += HeapBytes(replacement.Value);
        }

        Assert.True(expectedHeap == heap, $"heap length after the Ref setters: expected {expectedHeap}, got {heap}");
        CheckReopened(assembly, layout, path, fixedValues, variableValues, expectedHeap, "after the Ref setters");
    }

    private static long HeapBytes(object? value) => TestLayout.AlignUp(VariableLengthValues.Bytes(value).Length, 8);

    private static void CheckReopened(RunnableAssembly assembly, TestLayout layout, string path, object?[][] fixedValues, object?[][] variableValues, long expectedHeap, string when)
    {
        foreach (string opened in (string[])["ReadOnly", "ReadWrite"])
        {
            object?[] reads = (object?[])assembly.Call("Probes.TableProbe" + layout.Name, opened, path)!;
            string where = $"{when}, reopened {opened}";
            Assert.True((long)reads[0]! == fixedValues.Length, $"{where}: Count is {reads[0]}, expected {fixedValues.Length}");
            Assert.True((long)reads[1]! == expectedHeap, $"{where}: HeapLength is {reads[1]}, expected {expectedHeap}");
            object?[][] views = (object?[][])reads[2]!;
            object?[][] loads = (object?[][])reads[3]!;
            for (int i = 0; i < fixedValues.Length; i++)
            {
                CheckRecord(layout, fixedValues[i], variableValues[i], views[i], loads[i], $"{where}, record {i}");
            }
        }
    }

    private static void CheckRecord(TestLayout layout, object?[] fixedValues, object?[] variableValues, object?[] view, object?[] loaded, string where)
    {
        Leaf[] leaves = Leaf.Of(layout).ToArray();
        for (int j = 0; j < leaves.Length; j++)
        {
            Assert.True(Oracle.SameValue(fixedValues[j], view[j]), $"{where}: view {leaves[j].Path}: expected {fixedValues[j]}, got {view[j]}");
            Assert.True(Oracle.SameValue(fixedValues[j], loaded[j]), $"{where}: Load(){leaves[j].Path}: expected {fixedValues[j]}, got {loaded[j]}");
        }

        TestField[] variable = TableCase.Variable(layout);
        for (int k = 0; k < variable.Length; k++)
        {
            TestField field = variable[k];
            object? expected = variableValues[k];
            byte[] bytes = VariableLengthValues.Bytes(expected);
            object?[] reads = (object?[])view[leaves.Length + k]!;
            object? load = loaded[leaves.Length + k];
            string at = $"{where}: {layout.Name}.{field.Name}";
            switch (field.Kind)
            {
                case TestFieldKind.Text:
                    AssertText((string?)expected ?? string.Empty, reads[0], $"{at} (the view's string)");
                    AssertBytes(bytes, reads[1], $"{at}Bytes");
                    AssertText((string?)expected ?? string.Empty, load, $"{at} (Load)");
                    break;
                case TestFieldKind.Blob:
                    AssertBytes(bytes, reads[0], $"{at} (the view's span)");
                    AssertBytes(bytes, load, $"{at} (Load)");
                    break;
                default:
                    string shape = !layout.Big || field.ElementSize == 1 ? "span" : "elements";
                    Assert.True(shape.Equals(reads[2]), $"{at}: the accessor is a {reads[2]}, expected a {shape} ({(layout.Big ? "big" : "little")}-endian layout, {field.ElementSize}-byte elements)");
                    AssertBytes(bytes, reads[0], $"{at}.ToArray()");
                    AssertBytes(bytes, reads[1], $"{at}[i]");
                    AssertBytes(bytes, load, $"{at} (Load)");
                    break;
            }

            Assert.True(bytes.Length.Equals(reads[^1]), $"{at}Reference.Length is {reads[^1]}, expected {bytes.Length}");
        }
    }

    private static void AssertText(string expected, object? actual, string what) =>
        Assert.True(expected.Equals(actual), $"{what}: expected {VariableLengthValues.Describe(expected)}, got {VariableLengthValues.Describe(actual)}");

    /// <summary>The bytes of a read value; a null array would be no value at all, even where the empty one is expected.</summary>
    private static void AssertBytes(byte[] expected, object? actual, string what)
    {
        Assert.True(actual is not null, $"{what}: null, expected {expected.Length} bytes");
        byte[] bytes = VariableLengthValues.Bytes(actual);
        if (!expected.AsSpan().SequenceEqual(bytes))
        {
            int first = expected.AsSpan().CommonPrefixLength(bytes);
            Assert.Fail($"{what}: {bytes.Length} bytes, expected {expected.Length}, first difference at byte {first}: got {VariableLengthValues.Describe(actual)}");
        }
    }
}
