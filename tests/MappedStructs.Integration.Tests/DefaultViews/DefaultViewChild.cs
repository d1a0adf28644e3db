using System;
using System.Globalization;
using System.IO;
using MappedStructs.Integration.Tests.Tables;

namespace MappedStructs.Integration.Tests.DefaultViews;

/// <summary>
/// The child process of <see cref="DefaultViewTests"/>: reads one field through a view that wraps no memory. It runs
/// in its own process because a fault the runtime does not turn into an exception ends the process.
/// </summary>
internal static class DefaultViewChild
{
    public const string Argument = "--default-view-child";

    /// <summary>The field read: <c>Trade.Price</c> (offset 8) through a default <c>Trade.Ref</c>.</summary>
    public const string RefNear = "ref-near";

    /// <summary>The same field through a default <c>Trade.ReadOnlyRef</c>.</summary>
    public const string ReadOnlyRefNear = "readonly-ref-near";

    /// <summary>A write of <c>Trade.Price</c> through <c>new Trade.Ref()</c>.</summary>
    public const string NewRefWrite = "new-ref-write";

    /// <summary><c>WideRecord.Far</c> (offset 80,000) through a default <c>WideRecord.ReadOnlyRef</c>.</summary>
    public const string ReadOnlyRefFar = "readonly-ref-far";

    /// <summary>A write of <c>WideRecord.Far</c> through a default <c>WideRecord.Ref</c>.</summary>
    public const string RefFarWrite = "ref-far-write";

    /// <summary>The last element of <c>WideRecord.Filler</c> (a span over offsets 0 to 79,999) through a default <c>WideRecord.ReadOnlyRef</c>.</summary>
    public const string ReadOnlyRefFarElement = "readonly-ref-far-element";

    /// <summary><c>Load()</c> of a whole <c>WideRecord</c> through a default <c>WideRecord.ReadOnlyRef</c>.</summary>
    public const string ReadOnlyRefLoad = "readonly-ref-load";

    /// <summary>
    /// args: which access. Prints "reading", then the exception's type and message on two lines if the access throws (any
    /// exception is caught), or "read &lt;value&gt;" if it does not, then "finally"; a process that dies at the access prints
    /// nothing more.
    /// </summary>
    public static int Run(ReadOnlySpan<string> args, TextWriter output)
    {
        output.WriteLine("reading");
        output.Flush();
        try
        {
            double value = args[0] switch
            {
                RefNear => ReadThroughDefaultRef(),
                ReadOnlyRefNear => ReadThroughDefaultReadOnlyRef(),
                NewRefWrite => WriteThroughNewRef(),
                ReadOnlyRefFar => ReadFarThroughDefaultReadOnlyRef(),
                RefFarWrite => WriteFarThroughDefaultRef(),
                ReadOnlyRefFarElement => default(WideRecord.ReadOnlyRef).Filler[9_999],
                ReadOnlyRefLoad => default(WideRecord.ReadOnlyRef).Load().Far,
                _ => throw new ArgumentException("unknown read " + args[0], nameof(args)),
            };
            output.WriteLine("read " + value.ToString(CultureInfo.InvariantCulture));
            return 0;
        }
#pragma warning disable CA1031 // Any exception is caught: whether a handler runs at all is what the test observes.
        catch (Exception e)
#pragma warning restore CA1031
        {
            output.WriteLine(e.GetType().Name);
            output.WriteLine(e.Message);
            return 0;
        }
        finally
        {
            output.WriteLine("finally");
        }
    }

    // The default views are created here on purpose: what they do at run time is what MAPS0108 warns about.
    private static double ReadThroughDefaultRef()
    {
        Trade.Ref trade = default;
        return trade.Price;
    }

    private static double ReadThroughDefaultReadOnlyRef() => default(Trade.ReadOnlyRef).Price;

    private static double WriteThroughNewRef()
    {
        var trade = new Trade.Ref();
        trade.Price = 1.5;
        return 1.5;
    }

    private static double ReadFarThroughDefaultReadOnlyRef() => default(WideRecord.ReadOnlyRef).Far;

    private static double WriteFarThroughDefaultRef()
    {
        WideRecord.Ref record = default;
        record.Far = 2;
        return 2;
    }
}
