using System.Collections.Generic;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// One scalar or string reachable from a layout's root view, with its absolute offset: the unit the oracle checks.
/// <see cref="Parent"/> is the view expression holding it (empty for the root) and <see cref="Accessor"/> the last step.
/// </summary>
internal sealed record Leaf(string Parent, string Accessor, int Offset, TestFieldKind Kind, ScalarType Scalar, int Utf8Length, bool Big, char Utf8Padding = '\0')
{
    public string Path => Parent + Accessor;

    /// <summary>
    /// The leaves of <paramref name="layout"/>; <paramref name="viewBig"/> is the order of the view they are read through,
    /// which a per-view layout, and the per-view layouts it nests, take (a nested fixed-order layout keeps its own).
    /// </summary>
    public static IEnumerable<Leaf> Of(TestLayout layout, string parent = "", int baseOffset = 0, bool viewBig = false)
    {
        bool big = layout.BigIn(viewBig);
        foreach (TestField field in layout.Fields)
        {
            int offset = baseOffset + field.Offset;
            string member = "." + field.Name;
            switch (field.Kind)
            {
                case TestFieldKind.Utf8:
                    yield return new Leaf(parent, member, offset, field.Kind, ScalarType.None, field.Length, big, field.Padding);
                    break;
                case TestFieldKind.Array:
                    for (int i = 0; i < field.Length; i++)
                    {
                        yield return new Leaf(parent + member, $"[{i}]", offset + (i * field.ElementSize), TestFieldKind.Scalar, field.Scalar, 0, big);
                    }

                    break;
                case TestFieldKind.Nested:
                    foreach (Leaf leaf in Of(field.Nested!, parent + member, offset, big))
                    {
                        yield return leaf;
                    }

                    break;
                case TestFieldKind.NestedArray:
                    for (int i = 0; i < field.Length; i++)
                    {
                        foreach (Leaf leaf in Of(field.Nested!, $"{parent}{member}[{i}]", offset + (i * field.ElementSize), big))
                        {
                            yield return leaf;
                        }
                    }

                    break;
                case TestFieldKind.Text or TestFieldKind.Blob or TestFieldKind.VarArray:
                    // The record holds only a reference, whose value lives in a table's heap: VariableLengthValues covers these.
                    break;
                default:
                    yield return new Leaf(parent, member, offset, field.Kind, field.Scalar, 0, big);
                    break;
            }
        }
    }

    /// <summary>The C# type the probe casts a boxed value to (enums travel as their underlying integer).</summary>
    public string BoxedType => Kind == TestFieldKind.Utf8 ? "string" : TypeCatalogue.Get(Scalar).CSharpName;
}
