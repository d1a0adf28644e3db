using System;
using System.Threading;
using MappedStructs.Analyzers.Symbols;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>The checks of <see cref="AccessAnalyzer"/> over one method's <see cref="MethodFacts"/>.</summary>
internal sealed class AccessChecks
{
    private readonly MethodFacts _facts;
    private readonly AccessSymbols _symbols;
    private readonly LayoutSizes _sizes;
    private readonly Action<Diagnostic> _report;
    private readonly CancellationToken _cancellationToken;

    internal AccessChecks(MethodFacts facts, AccessSymbols symbols, LayoutSizes sizes, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _facts = facts;
        _symbols = symbols;
        _sizes = sizes;
        _report = report;
    }

    internal void Run()
    {
        foreach (UsingDisposal disposal in _facts.UsingDisposals)
        {
            CheckUsingScope(disposal);
        }

        foreach (IPropertyReferenceOperation span in _facts.ViewSpanReferences)
        {
            if (_facts.GetOrigin(span.Instance) is { IsReadOnlyMapping: true })
            {
                Location location = span.Syntax is MemberAccessExpressionSyntax access ? access.Name.GetLocation() : span.Syntax.GetLocation();
                _report(Diagnostic.Create(DiagnosticDescriptors.WriteToReadOnlyMapping, location, "Span", RootMapping(span.Instance)));
            }
        }

        foreach (IInvocationOperation invocation in _facts.Invocations)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == "Dispose" && method.Parameters.IsEmpty)
            {
                CheckUseAfterDispose(invocation);
            }
            else if (_symbols.IsView(method.ContainingType))
            {
                CheckViewMember(invocation, method);
            }
            else if (GeneratedNames.Matches(method.Name, GeneratedNames.From) && _symbols.Layouts.GetViewedLayout(method.ContainingType) is { } layout)
            {
                CheckFrom(invocation, method, layout);
            }
            else if ((GeneratedNames.Matches(method.Name, GeneratedNames.LoadFrom) || GeneratedNames.Matches(method.Name, GeneratedNames.StoreTo)) && method.IsStatic && _symbols.Layouts.IsLayout(method.ContainingType))
            {
                CheckCopy(invocation, method.ContainingType);
            }
        }
    }

    // view.Read<T>(offset), Write<T>(offset, value), GetRef<T>(offset), GetReadOnlyRef<T>(offset), GetSpan(offset, length).
    private void CheckViewMember(IInvocationOperation invocation, IMethodSymbol method)
    {
        LocalOrigin? view = _facts.GetOrigin(invocation.Instance);
        bool writes = method.Name is "Write" or "GetRef" or "GetSpan" or "GetReference";
        if (writes && view is { IsReadOnlyMapping: true })
        {
            ReportReadOnlyWrite(invocation, method.Name);
        }

        IArgumentOperation? offsetArgument = invocation.GetArgument("offset");
        if (offsetArgument is null || !offsetArgument.Value.TryGetInt64Constant(out long offset))
        {
            return;
        }

        long accessSize;
        if (method.IsGenericMethod && method.TypeArguments.Length == 1 && method.Name is "Read" or "Write" or "GetRef" or "GetReadOnlyRef")
        {
            ITypeSymbol type = method.TypeArguments[0];
            // A type the catalogue does not list (a user struct, nint) is checked for its range as one byte, never for alignment.
            ScalarInfo? scalar = CatalogueSymbols.Find(type);
            accessSize = scalar?.Size ?? 1;
            CheckAlignment(invocation, offsetArgument, offset, view?.ViewOffset, scalar?.Alignment ?? 1, type);
        }
        else if (method.Name is "GetSpan" or "GetReadOnlySpan" && invocation.GetArgument("length") is { } lengthArgument
            && lengthArgument.Value.TryGetInt64Constant(out long length))
        {
            accessSize = length;
        }
        else
        {
            return;
        }

        CheckRange(offsetArgument, offset, accessSize, view?.ViewLength);
    }

    // Trade.Ref.From(view, offset) / Trade.ReadOnlyRef.From(view, offset) / From(span).
    private void CheckFrom(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol layout)
    {
        if (invocation.Arguments.Length == 0 || !_sizes.TryGet(layout, _cancellationToken, out int layoutSize, out int layoutAlignment, out bool hasAtomic))
        {
            return;
        }

        IArgumentOperation first = invocation.GetArgument(0)!;
        if (_symbols.IsView(first.Parameter?.Type))
        {
            LocalOrigin? view = _facts.GetOrigin(first.Value);
            if (GeneratedNames.Matches(method.ContainingType.Name, GeneratedNames.Ref) && view is { IsReadOnlyMapping: true })
            {
                ReportReadOnlyWrite(invocation, layout.Name + "." + method.ContainingType.Name + "." + method.Name);
            }

            if (invocation.GetArgument("offset") is { } offsetArgument && offsetArgument.Value.TryGetInt64Constant(out long offset))
            {
                CheckRange(offsetArgument, offset, layoutSize, view?.ViewLength);
                CheckRecordAlignment(invocation, offsetArgument, offset, view?.ViewOffset, layout, layoutAlignment, hasAtomic);
            }

            return;
        }

        if (BufferLength.TryGet(first.Value, _facts, out long bufferLength) && bufferLength < layoutSize)
        {
            _report(Diagnostic.Create(DiagnosticDescriptors.BufferTooSmall, first.Syntax.GetLocation(), layout.Name, layoutSize, bufferLength));
        }
    }

    private void CheckAlignment(IInvocationOperation invocation, IArgumentOperation offsetArgument, long offset, long? viewOffset, int alignment, ITypeSymbol type)
    {
        long absolute = offset + (viewOffset ?? 0);
        if (alignment <= 1 || absolute % alignment == 0)
        {
            return;
        }

        string typeName = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        if (invocation.Parent is IArgumentOperation { Parent: IInvocationOperation outer } && _symbols.IsAtomicOperation(outer.TargetMethod))
        {
            string operationName = outer.TargetMethod.ContainingType.Name + "." + outer.TargetMethod.Name;
            _report(Diagnostic.Create(DiagnosticDescriptors.MisalignedAtomicAccess, offsetArgument.Syntax.GetLocation(), operationName, offset, absolute, alignment, typeName));
            return;
        }

        _report(Diagnostic.Create(DiagnosticDescriptors.MisalignedViewAccess, offsetArgument.Syntax.GetLocation(), offset, absolute, alignment, typeName));
    }

    // Trade.LoadFrom(bytes) / Trade.StoreTo(in value, bytes): the generated copies need a whole record too.
    private void CheckCopy(IInvocationOperation invocation, INamedTypeSymbol layout)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" }
                && _sizes.TryGet(layout, _cancellationToken, out int layoutSize, out _, out _)
                && BufferLength.TryGet(argument.Value, _facts, out long bufferLength) && bufferLength < layoutSize)
            {
                _report(Diagnostic.Create(DiagnosticDescriptors.BufferTooSmall, argument.Syntax.GetLocation(), layout.Name, layoutSize, bufferLength));
            }
        }
    }

    // A record at a misaligned offset misaligns its fields; with an [Atomic] field, its interlocked operations stop being atomic.
    private void CheckRecordAlignment(IInvocationOperation invocation, IArgumentOperation offsetArgument, long offset, long? viewOffset, INamedTypeSymbol layout, int alignment, bool hasAtomic)
    {
        long absolute = offset + (viewOffset ?? 0);
        if (alignment <= 1 || absolute % alignment == 0)
        {
            return;
        }

        Location location = offsetArgument.Syntax.GetLocation();
        _report(hasAtomic
            ? Diagnostic.Create(DiagnosticDescriptors.MisalignedAtomicAccess, location,
                layout.Name + "." + invocation.TargetMethod.ContainingType.Name + ".From", offset, absolute, alignment, layout.Name)
            : Diagnostic.Create(DiagnosticDescriptors.MisalignedViewAccess, location, offset, absolute, alignment, layout.Name));
    }

    private void CheckRange(IArgumentOperation offsetArgument, long offset, long size, long? viewLength)
    {
        if (viewLength is not { } length || offset < 0 || offset + size <= length)
        {
            return;
        }

        _report(Diagnostic.Create(DiagnosticDescriptors.ViewAccessOutOfRange, offsetArgument.Syntax.GetLocation(), size, offset, offset + size, length));
    }

    private void ReportReadOnlyWrite(IInvocationOperation invocation, string memberName)
    {
        string mapping = FindMapping(invocation);
        _report(Diagnostic.Create(DiagnosticDescriptors.WriteToReadOnlyMapping, NameLocation(invocation), memberName, mapping));
    }

    // The local that was opened read-only: the root of the chain of locals the written view derives from.
    private string FindMapping(IInvocationOperation invocation)
        => RootMapping(_symbols.IsView(invocation.TargetMethod.ContainingType) ? invocation.Instance : invocation.GetArgument(0)?.Value);

    private string RootMapping(IOperation? view)
    {
        ILocalSymbol? local = (view?.WithoutConversions() as ILocalReferenceOperation)?.Local;
        for (int depth = 0; local is not null && depth < 16; depth++)
        {
            if (_facts.GetOrigin(local)?.Parent is not { } parent)
            {
                break;
            }

            local = parent;
        }

        return local?.Name ?? "the mapping";
    }

    private void CheckUseAfterDispose(IInvocationOperation dispose)
    {
        if (dispose.Instance?.WithoutConversions() is not ILocalReferenceOperation { Local: var disposed }
            || !_symbols.OwnsMapping(disposed.Type)
            || dispose.Parent is not IExpressionStatementOperation { Parent: IBlockOperation block } statement)
        {
            return;
        }

        // Only a dispose that runs unconditionally before the rest of its block is certain to precede a use there.
        int line = statement.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        ReportUsesAfter(disposed, statement.Syntax.Span.End, block.Syntax.Span.End, line);
    }

    // A local outlives the using scope only when declared outside it; once assigned inside (definite assignment then
    // proves the scope ran), every later read in the method follows the dispose.
    private void CheckUsingScope(UsingDisposal disposal)
    {
        if (_symbols.OwnsMapping(disposal.Local.Type))
        {
            ReportUsesAfter(disposal.Local, disposal.Scope.Span.End, int.MaxValue, disposal.Line);
        }
    }

    private void ReportUsesAfter(ILocalSymbol disposed, int start, int end, int line)
    {
        var reported = new System.Collections.Generic.HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (ILocalReferenceOperation reference in _facts.LocalReferences)
        {
            ILocalSymbol local = reference.Local;
            int position = reference.Syntax.SpanStart;
            if (position < start || position >= end || reported.Contains(local) || IsDisposeOf(reference))
            {
                continue;
            }

            bool isDisposed = SymbolEqualityComparer.Default.Equals(local, disposed);
            bool derives = !isDisposed && _facts.DerivesFrom(local, disposed) && _facts.GetOrigin(local)!.Position < start;
            if ((isDisposed || derives) && !_facts.IsAssignedBetween(disposed, start, position) && !IsAssignment(reference))
            {
                reported.Add(local);
                _report(Diagnostic.Create(DiagnosticDescriptors.UseAfterDispose, reference.Syntax.GetLocation(), local.Name, disposed.Name, line));
            }
        }
    }

    // Disposing a view after its file (or disposing twice) is not a use of the memory.
    private static bool IsDisposeOf(ILocalReferenceOperation reference)
        => reference.Parent is IInvocationOperation { TargetMethod: { Name: "Dispose", Parameters.IsEmpty: true } } invocation
            && invocation.Instance == reference;

    private static bool IsAssignment(ILocalReferenceOperation reference)
        => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;

    private static Location NameLocation(IInvocationOperation invocation)
        => invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.Identifier.GetLocation()
            : invocation.Syntax.GetLocation();
}
