using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>Small helpers for reading constants and looking through conversions in operation trees.</summary>
internal static class OperationExtensions
{
    /// <summary>The operation under any implicit or explicit conversions and parentheses.</summary>
    internal static IOperation WithoutConversions(this IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The compile-time integer value of <paramref name="operation"/>, if it has one.</summary>
    internal static bool TryGetInt64Constant(this IOperation? operation, out long value)
    {
        value = 0;
        if (operation is null || !operation.ConstantValue.HasValue)
        {
            return false;
        }

        switch (operation.ConstantValue.Value)
        {
            case int i: value = i; return true;
            case long l: value = l; return true;
            case uint ui: value = ui; return true;
            case short s: value = s; return true;
            case ushort us: value = us; return true;
            case byte b: value = b; return true;
            case sbyte sb: value = sb; return true;
            case ulong ul when ul <= long.MaxValue: value = (long)ul; return true;
            default: return false;
        }
    }

    /// <summary>The argument bound to the parameter named <paramref name="name"/>, if any.</summary>
    internal static IArgumentOperation? GetArgument(this IInvocationOperation invocation, string name)
        => invocation.Arguments.GetArgument(name);

    /// <summary>The one of <paramref name="arguments"/> bound to the parameter named <paramref name="name"/>, if any.</summary>
    internal static IArgumentOperation? GetArgument(this ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The argument bound to the parameter at <paramref name="ordinal"/>, if any.</summary>
    internal static IArgumentOperation? GetArgument(this IInvocationOperation invocation, int ordinal)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument;
            }
        }

        return null;
    }
}
