using System;
using System.Runtime.ExceptionServices;
using CsCheck;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>
/// A CsCheck sample that shrinks harder once it fails: CsCheck shrinks only within the iterations it has left, so a failure
/// found with few iterations is sampled again from its seed with many more, and the smallest failing case is reported.
/// A passing run costs only its few iterations.
/// </summary>
internal static class ShrinkingSample
{
    private const string SeedPrefix = "Set seed: \"";

    public static void Run<T>(Gen<T> gen, Action<T> check, int iterations, int shrinkIterations, Func<T, string> print)
    {
        CsCheckException first;
        try
        {
            gen.Sample(check, iter: iterations, threads: 1, print: print);
            return;
        }
        catch (CsCheckException failure)
        {
            first = failure;
        }

        int start = first.Message.IndexOf(SeedPrefix, StringComparison.Ordinal) + SeedPrefix.Length;
        int end = start >= SeedPrefix.Length ? first.Message.IndexOf('"', start) : -1;
        if (end > start)
        {
            gen.Sample(check, seed: first.Message[start..end], iter: shrinkIterations, threads: 1, print: print);
        }

        // The failure did not repeat from its seed (or named none): report it as found.
        ExceptionDispatchInfo.Throw(first);
    }
}
