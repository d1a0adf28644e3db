using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MappedStructs.Layout;

/// <summary>
/// Reads the versioning named arguments of <c>[Field]</c>, and turns a <c>Default</c> constant into C# text of the
/// field's type, deciding whether it fits that type (the engine reports one that does not).
/// </summary>
internal static class FieldVersioningParser
{
    /// <summary>The <c>Since</c>, <c>Deprecated</c> and <c>Default</c> of <paramref name="field"/>, a <c>[Field]</c> on a property of <paramref name="propertyType"/>.</summary>
    public static FieldVersioning Read(AttributeData field, ITypeSymbol propertyType, ref string? unbound)
    {
        int since = 1;
        int deprecated = 0;
        FieldDefault? defaultValue = null;
        foreach (KeyValuePair<string, TypedConstant> argument in field.NamedArguments)
        {
            if (argument.Value.Kind == TypedConstantKind.Error)
            {
                unbound ??= argument.Key;
                continue;
            }

            switch (argument.Key)
            {
                case AttributeNames.SinceArgument when argument.Value.Value is int s:
                    since = s;
                    break;
                case AttributeNames.DeprecatedArgument when argument.Value.Value is int d:
                    deprecated = d;
                    break;
                case AttributeNames.DefaultArgument:
                    defaultValue = DefaultOf(argument.Value, propertyType);
                    break;
            }
        }

        return new FieldVersioning(since, deprecated, defaultValue);
    }

    /// <summary>The constant as a <see cref="FieldDefault"/>; null for <c>Default = null</c> (the type's default).</summary>
    private static FieldDefault? DefaultOf(TypedConstant constant, ITypeSymbol propertyType)
    {
        if (constant.IsNull || constant.Kind == TypedConstantKind.Array || constant.Value is null)
        {
            return constant.Kind == TypedConstantKind.Array ? new FieldDefault(string.Empty, false, "an array") : null;
        }

        object value = constant.Value;
        string shown = constant.ToCSharpString();
        ITypeSymbol target = propertyType is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } ? underlying : propertyType;
        string typeName = propertyType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        bool sameType = constant.Type is not null && SymbolEqualityComparer.Default.Equals(constant.Type, propertyType);
        bool fits = sameType || IntegerFits(value, target.SpecialType);
        if (!fits || Literal(value) is not string literal)
        {
            return new FieldDefault(string.Empty, false, shown);
        }

        return new FieldDefault("((" + typeName + ")(" + literal + "))", true, shown);
    }

    /// <summary>Whether <paramref name="value"/> is an integer constant the integer type <paramref name="target"/> holds.</summary>
    private static bool IntegerFits(object value, SpecialType target)
    {
        if (value is bool or string or char or float or double)
        {
            return false;
        }

        decimal number;
        try
        {
            number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            return false;
        }

        return target switch
        {
            SpecialType.System_Byte => number is >= byte.MinValue and <= byte.MaxValue,
            SpecialType.System_SByte => number is >= sbyte.MinValue and <= sbyte.MaxValue,
            SpecialType.System_Int16 => number is >= short.MinValue and <= short.MaxValue,
            SpecialType.System_UInt16 => number is >= ushort.MinValue and <= ushort.MaxValue,
            SpecialType.System_Int32 => number is >= int.MinValue and <= int.MaxValue,
            SpecialType.System_UInt32 => number is >= uint.MinValue and <= uint.MaxValue,
            SpecialType.System_Int64 => number is >= long.MinValue and <= long.MaxValue,
            SpecialType.System_UInt64 => number is >= ulong.MinValue and <= ulong.MaxValue,
            SpecialType.System_Single or SpecialType.System_Double => true,
            _ => false,
        };
    }

    /// <summary>C# text for a primitive constant, or null when it has none (a NaN or infinity is written by name).</summary>
    private static string? Literal(object value) => value switch
    {
        double d when double.IsNaN(d) => "double.NaN",
        double d when double.IsPositiveInfinity(d) => "double.PositiveInfinity",
        double d when double.IsNegativeInfinity(d) => "double.NegativeInfinity",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
        float f when float.IsNaN(f) => "float.NaN",
        float f when float.IsPositiveInfinity(f) => "float.PositiveInfinity",
        float f when float.IsNegativeInfinity(f) => "float.NegativeInfinity",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
        bool b => b ? "true" : "false",
        string or char => SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture) + Suffix(value),
        _ => null,
    };

    /// <summary>The literal suffix that keeps a large unsigned or 64-bit constant its type.</summary>
    private static string Suffix(object value) => value switch
    {
        ulong => "UL",
        long => "L",
        uint => "U",
        _ => string.Empty,
    };
}
