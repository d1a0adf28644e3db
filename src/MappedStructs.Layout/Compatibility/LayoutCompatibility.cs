using System.Collections.Generic;

namespace MappedStructs.Layout;

/// <summary>
/// The one home of the rules by which a layout may evolve (<c>docs/versioning.md</c>): a newer layout may add fields after
/// the older record's end (with <c>Since</c> above the older version) and may deprecate fields (they keep their bytes); it
/// may not change a field's offset, size, type or byte order, remove a field that was in use, reuse bytes, or lower its
/// version. Pure data in, data out: the runtime applies it to a table file's header at open, the shipped-layouts analyzer
/// to each shipped version.
/// </summary>
internal static class LayoutCompatibility
{
    /// <summary>
    /// Every way <paramref name="newer"/> breaks <paramref name="older"/>, in the order of the older fields and then the
    /// added ones; empty when records of either can be read through the other.
    /// </summary>
    public static IReadOnlyList<CompatibilityBreak> Compare(LayoutFieldTable older, LayoutFieldTable newer) =>
        Compare(older, newer, "version " + older.Version, "version " + newer.Version);

    /// <summary>
    /// As <see cref="Compare(LayoutFieldTable, LayoutFieldTable)"/>, with the messages naming the two sides
    /// <paramref name="olderName"/> and <paramref name="newerName"/> (<c>shipped version 1</c>, <c>the declaration (version 1)</c>,
    /// <c>the file's version 1</c>), which tell them apart where both have the same version number.
    /// </summary>
    public static IReadOnlyList<CompatibilityBreak> Compare(LayoutFieldTable older, LayoutFieldTable newer, string olderName, string newerName)
    {
        var breaks = new List<CompatibilityBreak>();
        if (newer.Version < older.Version)
        {
            breaks.Add(new CompatibilityBreak(string.Empty, CompatibilityRule.VersionLowered, $"{newerName} is below {olderName}, which it evolves from"));
        }

        if (newer.RecordSize < older.RecordSize)
        {
            breaks.Add(new CompatibilityBreak(string.Empty, CompatibilityRule.RecordShrunk, $"the record is {newer.RecordSize} bytes in {newerName}, shorter than the {older.RecordSize} bytes of {olderName}"));
        }

        bool evolved = newer.RecordSize != older.RecordSize;
        var matched = new HashSet<LayoutFieldRow>();
        foreach (LayoutFieldRow before in older.Fields)
        {
            LayoutFieldRow? after = Find(newer, before);
            if (after is null)
            {
                if (before.Deprecated == 0)
                {
                    breaks.Add(new CompatibilityBreak(before.Name, CompatibilityRule.FieldRemoved, $"field '{before.Name}' of {olderName} is missing from {newerName}; deprecate it (Deprecated = {newer.Version}) instead of removing it, or name it in [FormerName] if it was renamed"));
                }

                continue;
            }

            matched.Add(after);
            evolved |= after.Deprecated != before.Deprecated;
            CompareField(before, after, older.Version, newerName, olderName, breaks);
        }

        foreach (LayoutFieldRow added in newer.Fields)
        {
            if (matched.Contains(added))
            {
                continue;
            }

            evolved = true;
            CheckAdded(added, older, olderName, breaks);
        }

        if (evolved && newer.Version == older.Version)
        {
            breaks.Add(new CompatibilityBreak(string.Empty, CompatibilityRule.VersionNotRaised, $"the layout changed (fields added or deprecated, or the record resized) but its Version is still {older.Version}; raise it"));
        }

        return breaks;
    }

    private static LayoutFieldRow? Find(LayoutFieldTable newer, LayoutFieldRow before)
    {
        foreach (LayoutFieldRow candidate in newer.Fields)
        {
            if (candidate.Name == before.Name)
            {
                return candidate;
            }
        }

        foreach (LayoutFieldRow candidate in newer.Fields)
        {
            if (candidate.AnswersTo(before.Name) || before.AnswersTo(candidate.Name))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void CompareField(LayoutFieldRow before, LayoutFieldRow after, int olderVersion, string newerName, string olderName, List<CompatibilityBreak> breaks)
    {
        string field = after.Name;
        string shown = field == before.Name ? $"field '{field}'" : $"field '{field}' (formerly '{before.Name}')";
        if (after.Offset != before.Offset)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.OffsetChanged, $"{shown} is at offset {after.Offset} in {newerName} but at {before.Offset} in {olderName}"));
        }

        if (after.Size != before.Size)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.SizeChanged, $"{shown} is {after.Size} bytes in {newerName} but {before.Size} in {olderName}"));
        }

        if (after.Type != before.Type)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.TypeChanged, $"{shown} is '{after.Type}' in {newerName} but '{before.Type}' in {olderName}"));
        }

        if (after.ByteOrder != before.ByteOrder)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.ByteOrderChanged, $"{shown} is {Order(after)} in {newerName} but {Order(before)} in {olderName}"));
        }

        if (after.Since != before.Since)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.SinceChanged, $"{shown} has Since = {after.Since} in {newerName} but {before.Since} in {olderName}"));
        }

        if (before.Deprecated != 0 && after.Deprecated != before.Deprecated)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.DeprecationChanged, $"{shown} was deprecated in version {before.Deprecated} ({olderName}); a deprecation is kept, its bytes may hold defaults written since"));
        }
        else if (before.Deprecated == 0 && after.Deprecated != 0 && after.Deprecated <= olderVersion)
        {
            breaks.Add(new CompatibilityBreak(field, CompatibilityRule.DeprecationChanged, $"{shown} is deprecated in version {after.Deprecated}, which {olderName} already is with the field in use; deprecate it in a later version"));
        }
    }

    private static void CheckAdded(LayoutFieldRow added, LayoutFieldTable older, string olderName, List<CompatibilityBreak> breaks)
    {
        if (added.Since <= older.Version)
        {
            breaks.Add(new CompatibilityBreak(added.Name, CompatibilityRule.AddedWithoutSince, $"field '{added.Name}' is not in {olderName} but has Since = {added.Since}; give it Since = {older.Version + 1} or later"));
        }

        if (added.Offset < older.RecordSize)
        {
            string owner = string.Empty;
            foreach (LayoutFieldRow before in older.Fields)
            {
                if (added.Offset < before.Offset + before.Size && before.Offset < added.Offset + added.Size)
                {
                    owner = $", over field '{before.Name}'";
                    break;
                }
            }

            breaks.Add(new CompatibilityBreak(added.Name, CompatibilityRule.BytesReused, $"field '{added.Name}' at offset {added.Offset} lies inside the {older.RecordSize} bytes of the record in {olderName}{owner}; added fields go after its end"));
        }
    }

    private static string Order(LayoutFieldRow row) => row.ByteOrder.Length == 0 ? "without a byte order" : row.ByteOrder + "-endian";
}
