using System;
using System.Collections.Generic;
using System.Linq;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Reports a field whose <c>Default</c> differs from the one a shipped version recorded (MAPS0043), where reads give
/// that default: a field added later (<c>Since</c> above 1) reads it from the records of older files, and a deprecated
/// field reads it always. A changed default there makes the same file read differently than it did; any other field
/// stores its value in every record, so its default is never read. A shipped field recorded without a default (no
/// <c>default=</c> token, as in files written before entries carried defaults) is not compared: what it read is not known.
/// </summary>
internal static class ShippedDefaultReporter
{
    /// <summary>Reports the changed defaults of <paramref name="current"/> (from <paramref name="layout"/>) against <paramref name="shipped"/>, the newest shipped version first.</summary>
    public static void Report(
        SymbolAnalysisContext context,
        INamedTypeSymbol type,
        DeclarationLocations locations,
        ResolvedLayout layout,
        LayoutRecord current,
        IReadOnlyList<LayoutRecord> shipped)
    {
        IReadOnlyDictionary<string, EquatableArray<string>> formerNames = LayoutRecordTables.FormerNames(layout);
        var properties = LayoutSpecParser.FieldProperties(type).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (LayoutRecord version in shipped.Reverse())
        {
            foreach (LayoutRecordField before in version.Fields)
            {
                if (before.Default is null
                    || Successor(current, formerNames, before.Name) is not { } after
                    || !ReadsItsDefault(after)
                    || after.Default == before.Default
                    || !reported.Add(after.Name))
                {
                    continue;
                }

                Location location = properties.TryGetValue(after.Name, out IPropertySymbol? property)
                    ? locations.PropertyAttributeNamedArgument(property, AttributeNames.Field, AttributeNames.DefaultArgument)
                    : locations.TypeName();
                string declared = after.Default is null ? "no Default (its type's default)" : "Default = " + after.Default;
                string why = after.Deprecated != 0
                    ? $"deprecated in version {after.Deprecated}, and its readers read its Default from every record"
                    : $"added in version {after.Since}, and readers of records written before version {after.Since} read its Default";
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ShippedDefaultChanged, location, after.Name, declared, version.Version, version.Name, LayoutRecordFiles.ShippedFileName, version.Line, before.Default, why));
            }
        }
    }

    // Only these fields' defaults are ever read: the others are stored in every record a reader can open.
    private static bool ReadsItsDefault(LayoutRecordField field) => field.Since > 1 || field.Deprecated != 0;

    // The declaration's field that the shipped field named name became: the same name, or one naming it in [FormerName].
    private static LayoutRecordField? Successor(LayoutRecord current, IReadOnlyDictionary<string, EquatableArray<string>> formerNames, string name)
        => current.Fields.FirstOrDefault(f => f.Name == name)
            ?? current.Fields.FirstOrDefault(f => formerNames.TryGetValue(f.Name, out EquatableArray<string> former) && former.Contains(name));
}
