using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.CodeFixes;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

/// <summary>
/// Over random layouts whose misaligned fields can all be aligned, Fix All aligns them all, overlapping nothing and
/// staying inside Size: the plan on the engine's layouts, and the fix itself through a workspace.
/// </summary>
public sealed class FixAllAlignsPropertyTests
{
    [Fact]
    public void The_plan_aligns_every_misaligned_field_without_overlap_inside_the_size()
    {
        MisalignedLayout.Gen.Sample(generated =>
        {
            ResolvedLayout layout = generated.Resolve();
            var misaligned = layout.Violations
                .Where(v => v.Kind is ViolationKind.MisalignedField or ViolationKind.MisalignedAtomicField)
                .Select(v => v.FieldIndex)
                .ToList();

            IReadOnlyDictionary<int, int> plan = FreeOffsets.PlanAlignedOffsets(layout, misaligned);

            Assert.Equal(misaligned.OrderBy(i => i), plan.Keys.OrderBy(i => i));
            var placed = layout.Fields.Select(f => (f.Index, Offset: plan.TryGetValue(f.Index, out int moved) ? moved : f.Offset, f.Size, f.Alignment)).ToList();
            Assert.All(placed, f => Assert.Equal(0, f.Offset % f.Alignment));
            Assert.All(placed, f => Assert.True(layout.Spec.Size == 0 || f.Offset + f.Size <= layout.Spec.Size));
            Assert.All(placed, f => Assert.DoesNotContain(placed, o => o.Index != f.Index && f.Offset < o.Offset + o.Size && o.Offset < f.Offset + f.Size));
        }, iter: 3000);
    }

    [Fact]
    public async Task Fix_all_through_the_workspace_leaves_no_misalignment_and_no_overlap()
    {
        var provider = new MisalignedOffsetCodeFixProvider();
        string[] ids = [.. provider.FixableDiagnosticIds];
        await MisalignedLayout.Gen.SampleAsync(async generated =>
        {
            string source = generated.Source();
            Document document = FixWorkspace.Create(source);
            ImmutableArray<Diagnostic> diagnostics = await FixWorkspace.DiagnosticsAsync(document);
            if (!diagnostics.Any(d => ids.Contains(d.Id)))
            {
                return;
            }

            CodeAction? fixAll = await FixWorkspace.FixAllAsync(document, provider, diagnostics, "MappedStructs.MoveToAlignedOffset", ids);
            Assert.NotNull(fixAll);
            string fixedText = await FixWorkspace.ApplyAsync(document, fixAll);

            ImmutableArray<Diagnostic> remaining = await FixWorkspace.DiagnosticsAsync(FixWorkspace.Create(fixedText));
            Assert.DoesNotContain(remaining, d => d.Id is "MAPS0003" or "MAPS0004" or "MAPS0006" or "MAPS0007");
        }, iter: 40, threads: 1);
    }
}
