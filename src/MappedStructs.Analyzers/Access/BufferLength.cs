using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// The constant length of a byte buffer, when the method shows it: <c>new byte[16]</c>, <c>stackalloc byte[16]</c>,
/// <c>new byte[] { ... }</c>, <c>array.AsSpan()</c>, <c>new Span&lt;byte&gt;(array)</c>, a slice of constant bounds
/// (<c>AsSpan(0, 40)</c>, <c>Slice(8, 40)</c>, <c>bytes[..40]</c>, <c>new Span&lt;byte&gt;(array, 0, 40)</c>; a start alone or
/// an index from the end when the whole buffer's length is known), or a local assigned once from one of these.
/// </summary>
internal static class BufferLength
{
    internal static bool TryGet(IOperation operation, MethodFacts facts, out long length)
        => TryGet(operation, facts, depth: 0, out length);

    private static bool TryGet(IOperation operation, MethodFacts facts, int depth, out long length)
    {
        length = 0;
        if (depth > 8)
        {
            return false;
        }

        operation = operation.WithoutConversions();
        switch (operation)
        {
            case IArrayCreationOperation { DimensionSizes.Length: 1 } array:
                return array.DimensionSizes[0].TryGetInt64Constant(out length);
            case ILocalReferenceOperation local when facts.GetOrigin(local.Local) is { } origin:
                return TryGet(origin.Value, facts, depth + 1, out length);
            case IInvocationOperation { TargetMethod.Name: "AsSpan", Instance: null, Arguments: [var whole, .. var bounds] }:
                return TrySlice(whole.Value, bounds, facts, depth, out length);
            case IInvocationOperation { TargetMethod.Name: "AsSpan", Arguments.Length: 0, Instance: { } instance }:
                return TryGet(instance, facts, depth + 1, out length);
            case IInvocationOperation { TargetMethod.Name: "Slice", Instance: { } instance } slice when IsSpan(instance.Type):
                return TrySlice(instance, slice.Arguments, facts, depth, out length);
            case IImplicitIndexerReferenceOperation { Argument: IRangeOperation range, Instance: var instance }:
                return TryRange(instance, range, facts, depth, out length);
            case IArrayElementReferenceOperation { Indices: [IRangeOperation range], ArrayReference: var instance }:
                return TryRange(instance, range, facts, depth, out length);
            case IObjectCreationOperation { Arguments: [var whole, .. var bounds] } creation when IsSpan(creation.Type):
                return TrySlice(whole.Value, bounds, facts, depth, out length);
        }

        return TryGetStackAlloc(operation, out length);
    }

    private static bool IsSpan(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", ContainingNamespace.Name: "System" };

    // AsSpan(array[, start[, length]]), AsSpan(array, range), Slice([start[, length]]), new Span<byte>(array[, start, length]),
    // new Span<byte>(pointer, length): the bounds are read by parameter name, so every overload's meaning is its own.
    // A constant length needs nothing more; a constant start alone needs the whole buffer's length.
    private static bool TrySlice(IOperation whole, ImmutableArray<IArgumentOperation> bounds, MethodFacts facts, int depth, out long length)
    {
        length = 0;
        if (bounds.GetArgument("range") is { } range)
        {
            return range.Value.WithoutConversions() is IRangeOperation constantRange && TryRange(whole, constantRange, facts, depth, out length);
        }

        if (bounds.GetArgument("length") is { } count)
        {
            return count.Value.TryGetInt64Constant(out long constantCount) && Positive(constantCount, out length);
        }

        if (bounds.GetArgument("start") is { } start)
        {
            return start.Value.TryGetInt64Constant(out long constantStart)
                && TryGet(whole, facts, depth + 1, out long wholeLength) && Positive(wholeLength - constantStart, out length);
        }

        return bounds.Length == 0 && TryGet(whole, facts, depth + 1, out length);
    }

    // whole[a..b]: b - a when both count from the start; an end counted from the end (^n, or an open end) needs the whole length.
    private static bool TryRange(IOperation whole, IRangeOperation range, MethodFacts facts, int depth, out long length)
    {
        length = 0;
        if (!TryIndex(range.LeftOperand, fromEndWhenOmitted: false, out long start, out bool startFromEnd)
            || !TryIndex(range.RightOperand, fromEndWhenOmitted: true, out long end, out bool endFromEnd))
        {
            return false;
        }

        if (startFromEnd || endFromEnd)
        {
            if (!TryGet(whole, facts, depth + 1, out long wholeLength))
            {
                return false;
            }

            start = startFromEnd ? wholeLength - start : start;
            end = endFromEnd ? wholeLength - end : end;
        }

        return Positive(end - start, out length);
    }

    // A range bound: n, ^n, or omitted (the start, or ^0 for the end).
    private static bool TryIndex(IOperation? bound, bool fromEndWhenOmitted, out long value, out bool fromEnd)
    {
        value = 0;
        fromEnd = fromEndWhenOmitted;
        if (bound is null)
        {
            return true;
        }

        fromEnd = false;
        IOperation index = bound.WithoutConversions();
        if (index is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand: var operand })
        {
            fromEnd = true;
            index = operand;
        }

        return index.TryGetInt64Constant(out value);
    }

    // A negative length is a slice that throws on its own: its length is not what the record check should report.
    private static bool Positive(long value, out long length)
    {
        length = value;
        return value >= 0;
    }

    // stackalloc has no operation of its own; its syntax and the semantic model give the constant size.
    private static bool TryGetStackAlloc(IOperation operation, out long length)
    {
        length = 0;
        switch (operation.Syntax)
        {
            case StackAllocArrayCreationExpressionSyntax { Type: ArrayTypeSyntax { RankSpecifiers: [{ Sizes: [var size] }] } } stackAlloc:
                if (stackAlloc.Initializer is { } initializer && size is OmittedArraySizeExpressionSyntax)
                {
                    length = initializer.Expressions.Count;
                    return true;
                }

                return operation.SemanticModel?.GetConstantValue(size) is { HasValue: true, Value: int value } && (length = value) >= 0;
            case ImplicitStackAllocArrayCreationExpressionSyntax implicitStackAlloc:
                length = implicitStackAlloc.Initializer.Expressions.Count;
                return true;
            default:
                return false;
        }
    }
}
