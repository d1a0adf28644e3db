using System;
using System.Collections.Generic;
using System.Linq;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MappedStructs.Analyzers.Shipped;

/// <summary>
/// Reports how one declaration breaks the shipped versions of its layout: each break <see cref="LayoutCompatibility"/>
/// finds, at the part of the declaration that makes it (the offset argument of a moved field, the <c>Since</c> of an
/// added one, the layout's <c>Version</c>), naming the shipped version and the rule. A break the newest shipped version
/// already shows is not repeated for the older ones.
/// </summary>
internal sealed class ShippedBreakReporter(SymbolAnalysisContext context, INamedTypeSymbol type, DeclarationLocations locations)
{
    /// <summary>The rule named for a field whose rename <see cref="LikelyRenames"/> found without <c>[FormerName]</c>.</summary>
    internal const string FormerNameMissingRule = "FormerNameMissing";

    private readonly HashSet<(string Field, string Rule)> _reported = [];

    /// <summary>Reports the breaks of <paramref name="current"/> (from <paramref name="layout"/>) against each of <paramref name="shipped"/>.</summary>
    public void Report(ResolvedLayout layout, LayoutRecord current, IReadOnlyList<LayoutRecord> shipped)
    {
        LayoutFieldTable newer = LayoutRecordTables.ToTable(current, LayoutRecordTables.FormerNames(layout));
        var properties = LayoutSpecParser.FieldProperties(type).ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (LayoutRecord version in shipped.Reverse())
        {
            LayoutFieldTable older = LayoutRecordTables.ToTable(version);
            (IReadOnlyList<(LayoutFieldRow Older, LayoutFieldRow Newer)> renames, LayoutFieldTable assumed) = LikelyRenames.Find(older, newer);
            foreach ((LayoutFieldRow before, LayoutFieldRow after) in renames)
            {
                string message = $"field '{after.Name}' has the bytes of field '{before.Name}' of shipped version {version.Version}, which is missing: if '{before.Name}' was renamed, declare [FormerName(\"{before.Name}\")] on '{after.Name}'";
                Report(DiagnosticDescriptors.ShippedLayoutBroken, Field(properties, after.Name), version, after.Name, FormerNameMissingRule, message);
            }

            // Named apart: the declaration and a shipped version often have the same number.
            foreach (CompatibilityBreak broken in LayoutCompatibility.Compare(older, assumed, "shipped version " + version.Version, $"the declaration (version {current.Version})"))
            {
                (DiagnosticDescriptor descriptor, Location location) = Place(broken, properties);
                Report(descriptor, location, version, broken.Field, broken.Rule.ToString(), broken.Message);
            }
        }
    }

    private void Report(DiagnosticDescriptor descriptor, Location location, LayoutRecord version, string field, string rule, string message)
    {
        if (!_reported.Add((field, rule)))
        {
            return;
        }

        string shown = descriptor == DiagnosticDescriptors.VersionNotRaised ? message : char.ToUpperInvariant(message[0]) + message.Substring(1);
        context.ReportDiagnostic(Diagnostic.Create(
            descriptor, location, shown, version.Version, version.Name, LayoutRecordFiles.ShippedFileName, version.Line, rule));
    }

    private (DiagnosticDescriptor Descriptor, Location Location) Place(CompatibilityBreak broken, Dictionary<string, IPropertySymbol> properties)
    {
        properties.TryGetValue(broken.Field, out IPropertySymbol? property);
        return broken.Rule switch
        {
            CompatibilityRule.AddedWithoutSince => (DiagnosticDescriptors.FieldAddedWithoutSince, Argument(property, AttributeNames.SinceArgument)),
            CompatibilityRule.VersionNotRaised or CompatibilityRule.VersionLowered => (DiagnosticDescriptors.VersionNotRaised, locations.LayoutArgument(AttributeNames.VersionArgument)),
            CompatibilityRule.RecordShrunk => (DiagnosticDescriptors.ShippedLayoutBroken, locations.LayoutArgument(AttributeNames.SizeArgument)),
            CompatibilityRule.FieldRemoved => (DiagnosticDescriptors.ShippedLayoutBroken, locations.TypeName()),
            CompatibilityRule.OffsetChanged or CompatibilityRule.BytesReused => (DiagnosticDescriptors.ShippedLayoutBroken, Offset(property)),
            CompatibilityRule.SizeChanged => (DiagnosticDescriptors.ShippedLayoutBroken, Length(property)),
            CompatibilityRule.SinceChanged => (DiagnosticDescriptors.ShippedLayoutBroken, Argument(property, AttributeNames.SinceArgument)),
            CompatibilityRule.DeprecationChanged => (DiagnosticDescriptors.ShippedLayoutBroken, Argument(property, AttributeNames.DeprecatedArgument)),
            _ => (DiagnosticDescriptors.ShippedLayoutBroken, Field(properties, broken.Field)),
        };
    }

    private Location Field(Dictionary<string, IPropertySymbol> properties, string name)
        => properties.TryGetValue(name, out IPropertySymbol? property) ? DeclarationLocations.Property(property) : locations.TypeName();

    // The offset in [Field(n)], or the property where the layout places its fields in order.
    private Location Offset(IPropertySymbol? property)
        => property is null ? locations.TypeName() : locations.PropertyAttribute(property, AttributeNames.Field, argument: true);

    // A named argument of [Field] (Since = 2), else the attribute, else the property.
    private Location Argument(IPropertySymbol? property, string argument)
        => property is null ? locations.TypeName() : locations.PropertyAttributeNamedArgument(property, AttributeNames.Field, argument);

    // The length that sizes a text or an array ([Utf8(16)], [FixedArray(8)]); a scalar's size is its type's.
    private Location Length(IPropertySymbol? property)
    {
        if (property is null)
        {
            return locations.TypeName();
        }

        foreach (string sizing in new[] { AttributeNames.Utf8, AttributeNames.FixedArray })
        {
            if (property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == sizing))
            {
                return locations.PropertyAttribute(property, sizing, argument: true);
            }
        }

        return DeclarationLocations.Property(property);
    }
}
