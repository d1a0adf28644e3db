using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>A constant index into a fixed array: <c>n</c>, or <c>^n</c> counted from the end.</summary>
/// <param name="Value">The constant.</param>
/// <param name="FromEnd">Whether the index is written <c>^Value</c>.</param>
internal readonly record struct ConstantIndex(long Value, bool FromEnd)
{
    /// <summary>The index as the user wrote it, for the message.</summary>
    internal object Display => FromEnd ? "^" + Value : Value;

    /// <summary>The constant index <paramref name="index"/> holds, if it is one.</summary>
    internal static bool TryRead(IOperation index, out ConstantIndex constant)
    {
        IOperation value = index.WithoutConversions();
        bool fromEnd = false;
        if (value is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand: var operand })
        {
            fromEnd = true;
            value = operand.WithoutConversions();
        }

        bool isConstant = value.TryGetInt64Constant(out long number);
        constant = new ConstantIndex(number, fromEnd);
        return isConstant;
    }

    /// <summary>Whether the index names an element of an array of <paramref name="length"/> (^1 is the last, ^0 is past it).</summary>
    internal bool IsWithin(int length) => FromEnd ? Value >= 1 && Value <= length : Value >= 0 && Value < length;
}
