using System;
using System.Linq;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.TestSupport;

namespace MappedStructs.Generator.Tests.Running.Versions;

/// <summary>
/// Layout evolution end to end: random older layouts and random newer versions of them, compiled through the generator
/// (every pair in one compilation), then table files written by one version and opened by the other. A compatible pair
/// opens both ways with the right values (shared fields equal, added and deprecated fields their <c>Default</c>) and code
/// older than the file may not append; an incompatible pair is refused both ways with <see cref="LayoutMismatchException"/>,
/// whose broken rules name the rule and the field the change broke.
/// </summary>
public sealed class CompiledLayoutEvolutionPropertyTests : IDisposable
{
    private const int PairsPerKind = 6;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Compatible_evolutions_open_both_ways_and_incompatible_ones_are_refused_naming_the_field()
    {
        EvolutionKind[] kinds = Enum.GetValues<EvolutionKind>();
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                EvolvedPair[] pairs = [.. Enumerable.Range(0, kinds.Length * PairsPerKind).Select(i => RandomEvolutions.Draw(random, i, kinds[i % kinds.Length], OlderVersion(i / kinds.Length)))];
                using var assembly = RunnableAssembly.Build("Evolution" + (uint)seed, EvolutionProbeSource.Unit(pairs));
                foreach (EvolvedPair pair in pairs)
                {
                    var probe = new PairProbe(assembly, pair, _dir.File($"{(uint)seed}-{pair.Index}"));
                    if (pair.Compatible)
                    {
                        CheckOpensBothWays(probe, pair, random);
                    }
                    else
                    {
                        CheckRefusedBothWays(probe, pair, random);
                    }
                }
            },
            iter: 1,
            threads: 1);
    }

    /// <summary>Half the older layouts of each kind are version 1 (so unversioned pairs are checked too), half version 2.</summary>
    private static int OlderVersion(int round) => round % 2 + 1;

    private static void CheckOpensBothWays(PairProbe probe, EvolvedPair pair, Random random)
    {
        long[] olderValues = Values(random, pair.Older);
        string olderFile = probe.Write("Older", olderValues);
        Expect(pair, Normalized(pair.Older, olderValues), probe.Read("Older", olderFile), "the older version reading its own file");
        Expect(pair, NewerReadsOfOlder(pair, olderValues), probe.Read("Newer", olderFile), "the newer version reading the older file");

        long[] newerValues = Values(random, pair.Newer);
        string newerFile = probe.Write("Newer", newerValues);
        Expect(pair, OlderReadsOfNewer(pair, newerValues), probe.Read("Older", newerFile), "the older version reading the newer file");
        if (pair.Newer.Version > pair.Older.Version)
        {
            InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => probe.AppendWithOlder(newerFile));
            Assert.Contains($"layout version {pair.Newer.Version}", refused.Message, StringComparison.Ordinal);
        }
        else
        {
            probe.AppendWithOlder(newerFile);
        }
    }

    private static void CheckRefusedBothWays(PairProbe probe, EvolvedPair pair, Random random)
    {
        string olderFile = probe.Write("Older", Values(random, pair.Older));
        LayoutMismatchException forward = Assert.Throws<LayoutMismatchException>(() => probe.Read("Newer", olderFile));
        if (!pair.ComparedByRules)
        {
            // Two layouts without history: the check is exact, and the message shows both layouts.
            Assert.Empty(forward.BrokenRules);
            Assert.Contains(olderFile, forward.Message, StringComparison.Ordinal);
            Assert.Throws<LayoutMismatchException>(() => probe.Read("Older", probe.Write("Newer", Values(random, pair.Newer))));
            return;
        }

        Assert.True(
            forward.BrokenRules.Any(r => r.StartsWith(pair.Rule + ":", StringComparison.Ordinal) && r.Contains($"'{pair.BrokenField}'", StringComparison.Ordinal)),
            $"{pair.Kind}: expected a {pair.Rule} naming '{pair.BrokenField}', got [{string.Join(" | ", forward.BrokenRules)}]\n{EvolutionProbeSource.Unit([pair])}");
        Assert.Contains(olderFile, forward.Message, StringComparison.Ordinal);

        string newerFile = probe.Write("Newer", Values(random, pair.Newer));
        LayoutMismatchException backward = Assert.Throws<LayoutMismatchException>(() => probe.Read("Older", newerFile));
        Assert.True(
            backward.BrokenRules.Count > 0,
            $"{pair.Kind}: the older version refused the newer file without naming a rule\n{EvolutionProbeSource.Unit([pair])}");
        Assert.Contains(newerFile, backward.Message, StringComparison.Ordinal);
    }

    /// <summary>What the newer version reads from a record the older one wrote.</summary>
    private static long[] NewerReadsOfOlder(EvolvedPair pair, long[] olderValues) =>
        [.. pair.Newer.Fields.Select(field =>
        {
            if (field.Since > pair.Older.Version || field.Deprecated != 0)
            {
                return field.AbsentValue;
            }

            int older = IndexOf(pair.Older, field);
            return field.Type.Normalize(olderValues[older]);
        })];

    /// <summary>What the older version reads from a record the newer one wrote (deprecated fields hold their Default in their bytes).</summary>
    private static long[] OlderReadsOfNewer(EvolvedPair pair, long[] newerValues) =>
        [.. pair.Older.Fields.Select(field =>
        {
            int newer = pair.Newer.Fields.ToList().FindIndex(f => f.Answers(field.Name));
            EvolvedField successor = pair.Newer.Fields[newer];
            return successor.Deprecated != 0 ? field.Type.Normalize(successor.AbsentValue) : field.Type.Normalize(newerValues[newer]);
        })];

    private static int IndexOf(EvolvedLayout older, EvolvedField newer) =>
        older.Fields.ToList().FindIndex(f => newer.Answers(f.Name));

    private static long[] Values(Random random, EvolvedLayout layout) =>
        [.. layout.Fields.Select(_ => random.NextInt64(long.MinValue, long.MaxValue))];

    private static long[] Normalized(EvolvedLayout layout, long[] values) =>
        [.. layout.Fields.Select((field, i) => field.Deprecated != 0 ? field.AbsentValue : field.Type.Normalize(values[i]))];

    private static void Expect(EvolvedPair pair, long[] expected, long[] actual, string what) =>
        Assert.True(
            expected.SequenceEqual(actual),
            $"{pair.Kind}, {what}: expected [{string.Join(", ", expected)}], read [{string.Join(", ", actual)}]\n{EvolutionProbeSource.Unit([pair])}");

    /// <summary>The compiled probe of one pair, with a fresh file per write.</summary>
    private sealed class PairProbe(RunnableAssembly assembly, EvolvedPair pair, string pathPrefix)
    {
        private int _files;

        private string ProbeType => pair.Namespace + ".Probe";

        public string Write(string version, long[] values)
        {
            string path = $"{pathPrefix}-{_files++}.tbl";
            assembly.Call(ProbeType, "Write" + version, path, values);
            return path;
        }

        public long[] Read(string version, string path) => (long[])assembly.Call(ProbeType, "ReadWith" + version, path)!;

        public void AppendWithOlder(string path) => assembly.Call(ProbeType, "AppendWithOlder", path);
    }
}
