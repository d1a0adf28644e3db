using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting;

/// <summary>
/// The check that keeps an access through a default view (one whose <c>_start</c> is a null reference) from reaching
/// memory past the first page. The views do not check per field in general: below <see cref="UnmappedBytes"/> the
/// operating system keeps the null page unmapped, so the fault is the runtime's <c>NullReferenceException</c> and costs
/// nothing. Past it, the runtime maps a fault to that exception only inside its null area (the first OS page on Unix, the
/// first 64 KiB on Windows; beyond, the fault aborts the process), and on a system with a low <c>vm.mmap_min_addr</c> the
/// address may be mapped and the access would silently succeed. So a member whose bytes can lie at or past
/// <see cref="UnmappedBytes"/> from <c>_start</c> tests <c>_start</c> once first, through
/// <c>GeneratedLayoutSupport.CheckNotDefault</c>: one register compare and a branch the JIT lays out of line.
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

    /// <summary>
    /// The view's first byte as a <c>ref</c> argument: <c>ref _start</c>, or, when <paramref name="needed"/>, the same
    /// reference after the check, naming <paramref name="viewName"/> (<c>Trade.Ref</c>) in the exception.
    /// <paramref name="startField"/> is the view's reference to its first byte (<c>_start</c>).
    /// </summary>
    public static string Start(bool needed, string viewName, string startField) =>
        needed ? $"ref {Support}.CheckNotDefault(ref {startField}, {Quote(viewName)})" : "ref " + startField;

    /// <summary>Writes the check as a statement (for members with a body), and a blank line.</summary>
    public static void Write(IndentedWriter writer, string viewName, string startField)
    {
        writer.Line($"{Support}.CheckNotDefault(ref {startField}, {Quote(viewName)});");
        writer.Line();
    }
}
