using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// The check that keeps an access through a default view (one whose <c>_start</c> is a null reference) from reaching
/// memory past the first page. The views do not check per field in general: below <see cref="UnmappedBytes"/> the
/// operating system keeps the null page unmapped, so the fault is the runtime's <c>NullReferenceException</c> and costs
/// nothing. Past it, the runtime maps a fault to that exception only inside its null area (the first OS page on Unix, the
/// first 64 KiB on Windows; beyond, the fault aborts the process), and on a system with a low <c>vm.mmap_min_addr</c> the
/// address may be mapped and the access would silently succeed. So a
/// member whose bytes can lie at or past <see cref="UnmappedBytes"/> from <c>_start</c> tests <c>_start</c> once first:
/// one register compare and a branch the JIT lays out of line.
/// </summary>
internal static class DefaultViewCheck
{
    /// <summary>
    /// The bytes from address 0 that every supported system leaves unmapped: one page. Linux lets <c>vm.mmap_min_addr</c>
    /// go as low as 4,096, so nothing larger is guaranteed.
    /// </summary>
    public const int UnmappedBytes = 4096;

    /// <summary>Whether a member touching <paramref name="size"/> bytes at <paramref name="offset"/> from <c>_start</c> needs the check.</summary>
    public static bool Needed(int offset, int size) => (long)offset + size > UnmappedBytes;

    /// <summary>Writes the check, naming <paramref name="viewName"/> (<c>Trade.Ref</c>) in the exception, and a blank line.</summary>
    public static void Write(IndentedWriter writer, string viewName)
    {
        writer.Open($"if ({Unsafe}.IsNullRef(ref _start))");
        writer.Line($"{Support}.ThrowDefaultView({Quote(viewName)});");
        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// Writes a read-only property returning <paramref name="expression"/> (its first line, then
    /// <paramref name="continuation"/> lines): expression-bodied as before when no check is needed, otherwise a getter
    /// that checks first.
    /// </summary>
    public static void WriteProperty(IndentedWriter writer, string signature, bool needed, string viewName, string expression, params string[] continuation)
    {
        if (!needed)
        {
            writer.Line($"{signature} => {expression}{(continuation.Length == 0 ? ";" : string.Empty)}");
            WriteContinuation(writer, continuation);
            return;
        }

        writer.Open(signature);
        writer.Open("get");
        Write(writer, viewName);
        writer.Line($"return {expression}{(continuation.Length == 0 ? ";" : string.Empty)}");
        WriteContinuation(writer, continuation);
        writer.Close();
        writer.Close();
    }

    private static void WriteContinuation(IndentedWriter writer, string[] continuation)
    {
        for (int i = 0; i < continuation.Length; i++)
        {
            writer.Line(continuation[i] + (i == continuation.Length - 1 ? ";" : string.Empty));
        }
    }
}
