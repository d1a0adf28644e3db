using System.Collections.Generic;
using MappedStructs.Analyzers.Symbols;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MappedStructs.Analyzers.Access;

/// <summary>
/// One pass over a method's operations that records what the method shows about its locals: which are assigned once
/// and from what (a file opened read-only, a view of constant length, a Ref over a view), every reference to them,
/// and every invocation. The checks then read these facts instead of walking the tree again.
/// </summary>
internal sealed class MethodFacts
{
    private readonly Dictionary<ILocalSymbol, List<(IOperation? Value, int Position)>> _assignments = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, LocalOrigin> _origins = new(SymbolEqualityComparer.Default);

    private MethodFacts()
    {
    }

    internal List<IInvocationOperation> Invocations { get; } = new();

    internal List<ILocalReferenceOperation> LocalReferences { get; } = new();

    /// <summary>Locals that the end of a synchronous <c>using</c> scope disposes.</summary>
    internal List<UsingDisposal> UsingDisposals { get; } = new();

    /// <summary>Reads of <c>MappedView.Span</c>, the writable span of the whole view.</summary>
    internal List<IPropertyReferenceOperation> ViewSpanReferences { get; } = new();

    internal static MethodFacts Collect(IEnumerable<IOperation> blocks, AccessSymbols symbols)
    {
        var facts = new MethodFacts();
        foreach (IOperation block in blocks)
        {
            foreach (IOperation operation in block.DescendantsAndSelf())
            {
                facts.Visit(operation, symbols);
            }
        }

        facts.ResolveOrigins(symbols);
        return facts;
    }

    /// <summary>The origin of <paramref name="local"/>, when it is assigned exactly once.</summary>
    internal LocalOrigin? GetOrigin(ILocalSymbol local) => _origins.TryGetValue(local, out LocalOrigin? origin) ? origin : null;

    /// <summary>The origin of the local that <paramref name="operation"/> reads, if it is such a local.</summary>
    internal LocalOrigin? GetOrigin(IOperation? operation)
        => operation?.WithoutConversions() is ILocalReferenceOperation reference ? GetOrigin(reference.Local) : null;

    /// <summary>Whether <paramref name="local"/> is assigned anywhere in the source range (start, end).</summary>
    internal bool IsAssignedBetween(ILocalSymbol local, int start, int end)
    {
        if (!_assignments.TryGetValue(local, out List<(IOperation? Value, int Position)>? list))
        {
            return false;
        }

        foreach ((IOperation? _, int position) in list)
        {
            if (position > start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="local"/> derives, through one or more steps, from <paramref name="ancestor"/>.</summary>
    internal bool DerivesFrom(ILocalSymbol local, ILocalSymbol ancestor)
    {
        ILocalSymbol? current = GetOrigin(local)?.Parent;
        for (int depth = 0; current is not null && depth < 16; depth++)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ancestor))
            {
                return true;
            }

            current = GetOrigin(current)?.Parent;
        }

        return false;
    }

    private void Visit(IOperation operation, AccessSymbols symbols)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator:
                IOperation? initializer = declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value;
                if (initializer is not null)
                {
                    AddAssignment(declarator.Symbol, initializer, declarator.Syntax.SpanStart);
                }

                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                AddAssignment(target.Local, assignment.Value, assignment.Syntax.SpanStart);
                break;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound:
                AddAssignment(target.Local, null, compound.Syntax.SpanStart);
                break;
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target } increment:
                AddAssignment(target.Local, null, increment.Syntax.SpanStart);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Value: var value } argument
                when value.WithoutConversions() is ILocalReferenceOperation byRef:
                AddAssignment(byRef.Local, null, argument.Syntax.SpanStart);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                foreach (IOperation target in deconstruction.Target.DescendantsAndSelf())
                {
                    if (target is ILocalReferenceOperation local)
                    {
                        AddAssignment(local.Local, null, deconstruction.Syntax.SpanStart);
                    }
                }

                break;
            case IUsingDeclarationOperation { IsAsynchronous: false, Parent: { } scope } usingDeclaration:
                AddUsingDisposals(usingDeclaration.DeclarationGroup, scope.Syntax);
                break;
            case IUsingOperation { IsAsynchronous: false } usingStatement:
                AddUsingDisposals(usingStatement.Resources, usingStatement.Syntax);
                break;
            case IInvocationOperation invocation:
                Invocations.Add(invocation);
                break;
            case ILocalReferenceOperation reference:
                LocalReferences.Add(reference);
                break;
            case IPropertyReferenceOperation { Property.Name: "Span" } span when symbols.IsView(span.Property.ContainingType):
                ViewSpanReferences.Add(span);
                break;
        }
    }

    // using (var view = ...), using var view = ..., or using (view): each local the scope's end disposes.
    private void AddUsingDisposals(IOperation resources, SyntaxNode scope)
    {
        if (resources.WithoutConversions() is ILocalReferenceOperation named)
        {
            UsingDisposals.Add(new UsingDisposal(named.Local, scope));
            return;
        }

        if (resources is IVariableDeclarationGroupOperation group)
        {
            foreach (IVariableDeclarationOperation declaration in group.Declarations)
            {
                foreach (IVariableDeclaratorOperation declarator in declaration.Declarators)
                {
                    UsingDisposals.Add(new UsingDisposal(declarator.Symbol, scope));
                }
            }
        }
    }

    private void AddAssignment(ILocalSymbol local, IOperation? value, int position)
    {
        if (!_assignments.TryGetValue(local, out List<(IOperation? Value, int Position)>? list))
        {
            list = new List<(IOperation?, int)>(1);
            _assignments.Add(local, list);
        }

        list.Add((value, position));
    }

    // Locals are visited in source order, so a parent's origin is known before its children's.
    private void ResolveOrigins(AccessSymbols symbols)
    {
        foreach (KeyValuePair<ILocalSymbol, List<(IOperation? Value, int Position)>> pair in _assignments)
        {
            if (pair.Value.Count == 1 && pair.Value[0].Value is { } value)
            {
                _origins[pair.Key] = new LocalOrigin(pair.Key, value, pair.Value[0].Position);
            }
        }

        var ordered = new List<LocalOrigin>(_origins.Values);
        ordered.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        foreach (LocalOrigin origin in ordered)
        {
            Describe(origin, symbols);
        }
    }

    private void Describe(LocalOrigin origin, AccessSymbols symbols)
    {
        // Only a local that still points into the mapping derives from it: a file, a view, a span, a Ref or a ref
        // local. A value read out of the view (long x = view.Read<long>(0)) is a copy and outlives the mapping.
        ILocalSymbol local = origin.Local;
        if (!(local.IsRef || local.Type.IsRefLikeType || symbols.IsView(local.Type) || symbols.IsFile(local.Type)))
        {
            return;
        }

        IOperation value = origin.Value.WithoutConversions();
        if (value is ILocalReferenceOperation alias)
        {
            Inherit(origin, alias.Local);
            origin.ViewOffset = GetOrigin(alias.Local)?.ViewOffset;
            origin.ViewLength = GetOrigin(alias.Local)?.ViewLength;
            return;
        }

        if (local.IsRef || local.Type.IsRefLikeType)
        {
            // A span, ref, record or enumerator still points into whatever it was taken from (a view, a table, another span).
            Inherit(origin, MemorySource(value, symbols, depth: 0));
            return;
        }

        if (value is not IInvocationOperation invocation)
        {
            return;
        }

        IMethodSymbol method = invocation.TargetMethod;
        if (symbols.IsFile(method.ContainingType) && method.IsStatic)
        {
            // MappedFile.Open(path, access) / FromStream(stream, access): read-only only when the access is the
            // constant MapAccess.Read (which is also Open's default).
            IArgumentOperation? access = invocation.GetArgument("access");
            origin.IsReadOnlyMapping = access is not null && access.Value.TryGetInt64Constant(out long mode) && mode == 0;
            return;
        }

        if (method.Name == "CreateView" && (symbols.IsFile(method.ContainingType) || symbols.IsView(method.ContainingType)))
        {
            Inherit(origin, (invocation.Instance?.WithoutConversions() as ILocalReferenceOperation)?.Local);
            // A view of a file starts at the file's offset; a sub-view adds its parent's offset when that is known.
            long? parentOffset = symbols.IsFile(invocation.Instance?.Type) ? 0 : GetOrigin(invocation.Instance)?.ViewOffset;
            // CreateView() without arguments covers the whole parent, from its start.
            long? relative = method.Parameters.IsEmpty ? 0
                : invocation.GetArgument("offset") is { } offset && offset.Value.TryGetInt64Constant(out long o) ? o : null;
            origin.ViewOffset = relative is { } r && parentOffset is { } baseOffset ? baseOffset + r : null;
            origin.ViewLength = invocation.GetArgument("length") is { } length && length.Value.TryGetInt64Constant(out long l) ? l : null;
        }
    }

    /// <summary>
    /// The local whose memory <paramref name="value"/> points into: the instance under a chain of members that each
    /// return a span, ref, record or other ref struct (<c>view.Span.Slice(0, 8)</c>, <c>table[0]</c>,
    /// <c>enumerator.Current</c>, <c>span[..8]</c>), or the view or span a generated <c>Ref.From</c> wraps. A member that
    /// returns anything else (<c>span.ToArray()</c>, even converted back to a span) is a copy and ends the chain.
    /// </summary>
    private static ILocalSymbol? MemorySource(IOperation value, AccessSymbols symbols, int depth)
    {
        IOperation operation = value.WithoutConversions();
        if (operation is ILocalReferenceOperation reference)
        {
            return reference.Local;
        }

        if (depth > 16 || !PointsIntoMemory(operation))
        {
            return null;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation { Instance: { } instance }:
                return MemorySource(instance, symbols, depth + 1);
            case IImplicitIndexerReferenceOperation { Instance: var instance }:
                return MemorySource(instance, symbols, depth + 1);
            case IInvocationOperation { Instance: { } instance }:
                return MemorySource(instance, symbols, depth + 1);
            case IInvocationOperation from
                when GeneratedNames.Matches(from.TargetMethod.Name, GeneratedNames.From) && symbols.Layouts.GetViewedLayout(from.TargetMethod.ContainingType) is not null && from.GetArgument(0) is { } bytes:
                return MemorySource(bytes.Value, symbols, depth + 1);
            default:
                return null;
        }
    }

    private static bool PointsIntoMemory(IOperation operation)
        => operation.Type is { IsRefLikeType: true }
            || operation is IInvocationOperation { TargetMethod.RefKind: not RefKind.None }
            || operation is IPropertyReferenceOperation { Property.RefKind: not RefKind.None };

    private void Inherit(LocalOrigin origin, ILocalSymbol? parent)
    {
        if (parent is null)
        {
            return;
        }

        origin.Parent = parent;
        origin.IsReadOnlyMapping = GetOrigin(parent)?.IsReadOnlyMapping ?? false;
    }
}
