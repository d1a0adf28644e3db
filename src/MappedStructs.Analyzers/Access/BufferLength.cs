using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// The constant length of a byte buffer, when the method shows it: <c>new byte[16]</c>, <c>stackalloc byte[16]</c>,
/// <c>new byte[] { ... }</c>, <c>array.AsSpan()</c>, <c>new Span&lt;byte&gt;(array)</c>, or a local assigned once from one of these.
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
            case IInvocationOperation { TargetMethod.Name: "AsSpan", Arguments.Length: 1 } asSpan:
                return TryGet(asSpan.Arguments[0].Value, facts, depth + 1, out length);
            case IInvocationOperation { TargetMethod.Name: "AsSpan", Arguments.Length: 0, Instance: { } instance }:
                return TryGet(instance, facts, depth + 1, out length);
            case IObjectCreationOperation { Arguments.Length: 1 } creation
                when creation.Type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", ContainingNamespace.Name: "System" }:
                return TryGet(creation.Arguments[0].Value, facts, depth + 1, out length);
        }

        return TryGetStackAlloc(operation, out length);
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
