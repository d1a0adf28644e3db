using System;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles <see cref="FarLayout"/> and probes that reach its fields through default and real views, once for the class.</summary>
public sealed class DefaultViewFixture : IDisposable
{
    private const string Probes = """
        using System;
        using System.Globalization;
        using MappedStructs;

        namespace Wide;

        public static class Probe
        {
            // Through default views, far: each must throw the generated NullReferenceException.
            public static object FarGet() => default(Spread.Ref).Far;
            public static void FarSet() { Spread.Ref r = default; r.Far = 1.5; }
            public static object ReadOnlyFarGet() => default(Spread.ReadOnlyRef).Far;
            public static object FarNameGet() => default(Spread.Ref).FarName;
            public static void FarNameSet() { Spread.Ref r = default; r.FarName = "x"; }
            public static object FarNameBytes() => default(Spread.Ref).FarNameBytes.Length;
            public static object ReadOnlyFarNameGet() => default(Spread.ReadOnlyRef).FarName;
            public static object ReadOnlyFarNameBytes() => default(Spread.ReadOnlyRef).FarNameBytes.Length;
            public static object StraddleSpan() => default(Spread.Ref).Straddle.Length;
            public static object ReadOnlyStraddleElement() => default(Spread.ReadOnlyRef).Straddle[31];
            public static object FarBytesSpan() => default(Spread.Ref).FarBytes.Length;
            public static object FarFlagsView() => default(Spread.Ref).FarFlags.Length;
            public static object ReadOnlyFarFlag() => default(Spread.ReadOnlyRef).FarFlags[0];
            public static object CellsView() => default(Spread.Ref).Cells.Length;
            public static object ReadOnlyCell() => default(Spread.ReadOnlyRef).Cells[259].B;
            public static object FarCellA() => default(Spread.Ref).FarCell.A;
            public static object ReadOnlyFarCellB() => default(Spread.ReadOnlyRef).FarCell.B;
            public static object FarVersionGet() => default(Spread.Ref).FarVersion;
            public static void FarVersionSet() { Spread.Ref r = default; r.FarVersion = 1; }
            public static object ReadOnlyFarVersion() => default(Spread.ReadOnlyRef).FarVersion;
            public static object FarVersionExchange() => default(Spread.Ref).ExchangeFarVersion(1);
            public static object FarVersionCompareExchange() => default(Spread.Ref).CompareExchangeFarVersion(1, 0);
            public static object FarVersionAdd() => default(Spread.Ref).AddFarVersion(1);
            public static object Load() => default(Spread.Ref).Load();
            public static object ReadOnlyLoad() => default(Spread.ReadOnlyRef).Load();
            public static void Store() => default(Spread.Ref).Store(new Spread());

            // Default element views, whose own indexer reaches past 4,096 bytes from their start.
            public static object DefaultCellsGet() => default(Spread.CellsArray)[259].B;
            public static object DefaultCellsReadOnlyGet() => default(Spread.CellsReadOnlyArray)[0].A;
            public static void DefaultCellsClear() => default(Spread.CellsArray).CopyFrom(null);
            public static object DefaultCellsToArray() => default(Spread.CellsArray).ToArray().Length;

            // Through default views, near: the runtime's own NullReferenceException (the null page is never mapped).
            public static object NearGet() => default(Spread.Ref).Near;
            public static object ReadOnlyNearGet() => default(Spread.ReadOnlyRef).Near;
            public static void NearSet() { Spread.Ref r = default; r.Near = 1; }
            public static object NearNameByte() => default(Spread.Ref).NearNameBytes[0];
            public static object NearSample() => default(Spread.ReadOnlyRef).NearSamples[0];
            public static object NearFlag() => default(Spread.Ref).NearFlags[0];
            public static object NearVersion() => default(Spread.ReadOnlyRef).NearVersion;
            public static object NearCellA() => default(Spread.Ref).NearCell.A;
            public static object DefaultNearFlag() => default(Spread.NearFlagsArray)[3];

            // Through real views.
            public static void SetFar(byte[] b, double v) { Spread.Ref r = Spread.Ref.From(b); r.Far = v; }
            public static double GetFar(byte[] b) => Spread.ReadOnlyRef.From(b).Far;
            public static void SetFarName(byte[] b, string s) { Spread.Ref r = Spread.Ref.From(b); r.FarName = s; }
            public static string GetFarName(byte[] b) => Spread.ReadOnlyRef.From(b).FarName;
            public static void SetStraddle(byte[] b, int i, int v) => Spread.Ref.From(b).Straddle[i] = v;
            public static int GetStraddle(byte[] b, int i) => Spread.ReadOnlyRef.From(b).Straddle[i];
            public static long AddFarVersion(byte[] b, long d) => Spread.Ref.From(b).AddFarVersion(d);
            public static long ExchangeFarVersion(byte[] b, long v) => Spread.Ref.From(b).ExchangeFarVersion(v);
            public static long GetFarVersion(byte[] b) => Spread.ReadOnlyRef.From(b).FarVersion;
            public static void SetFarFlag(byte[] b, int i, bool v) { Spread.FarFlagsArray flags = Spread.Ref.From(b).FarFlags; flags[i] = v; }
            public static bool GetFarFlag(byte[] b, int i) => Spread.ReadOnlyRef.From(b).FarFlags[i];
            public static void SetFarCellB(byte[] b, long v) { Cell.Ref cell = Spread.Ref.From(b).FarCell; cell.B = v; }
            public static long GetFarCellB(byte[] b) => Spread.ReadOnlyRef.From(b).FarCell.B;
            public static void SetCellB(byte[] b, int i, long v) { Cell.Ref cell = Spread.Ref.From(b).Cells[i]; cell.B = v; }
            public static long GetCellB(byte[] b, int i) => Spread.ReadOnlyRef.From(b).Cells[i].B;
            public static void SetFarByte(byte[] b, int i, byte v) => Spread.Ref.From(b).FarBytes[i] = v;

            public static void StoreSample(byte[] b)
            {
                var cells = new Cell[260];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = new Cell { A = i, B = -i };
                }

                var straddle = new int[32];
                for (int i = 0; i < straddle.Length; i++)
                {
                    straddle[i] = 1000 + i;
                }

                Spread.StoreTo(new Spread { Near = 7, Far = 2.5, FarName = "far", FarVersion = 9, Straddle = straddle, Cells = cells }, b);
            }

            public static string LoadSummary(byte[] b)
            {
                Spread value = Spread.LoadFrom(b);
                return string.Join("|", value.Near, value.Far.ToString(CultureInfo.InvariantCulture), value.FarName, value.FarVersion,
                    value.Straddle[31], value.FarCell.B, value.Cells[259].A, value.Cells[259].B, value.FarFlags[3], value.FarBytes[7]);
            }
        }
        """;

    public DefaultViewFixture() => Assembly = RunnableAssembly.Build("DefaultViews", FarLayout.Source, Probes);

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// Accesses through default views (which wrap no memory): those that can reach 4,096 bytes or more past the view's start
/// throw the generated NullReferenceException naming the view; nearer ones fault into the runtime's own; real
/// views read and write the far fields where an independent oracle expects them.
/// </summary>
public class DefaultViewTests(DefaultViewFixture fixture) : IClassFixture<DefaultViewFixture>
{
    private const string DefaultViewText = "is a default view: it wraps no memory. Create it with From(...) or from a table record.";

    private object? Call(string method, params object?[] arguments) => fixture.Assembly.Call("Wide.Probe", method, arguments);

    [Theory]
    [InlineData("FarGet", "Wide.Spread.Ref")]
    [InlineData("FarSet", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyFarGet", "Wide.Spread.ReadOnlyRef")]
    [InlineData("FarNameGet", "Wide.Spread.Ref")]
    [InlineData("FarNameSet", "Wide.Spread.Ref")]
    [InlineData("FarNameBytes", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyFarNameGet", "Wide.Spread.ReadOnlyRef")]
    [InlineData("ReadOnlyFarNameBytes", "Wide.Spread.ReadOnlyRef")]
    [InlineData("StraddleSpan", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyStraddleElement", "Wide.Spread.ReadOnlyRef")]
    [InlineData("FarBytesSpan", "Wide.Spread.Ref")]
    [InlineData("FarFlagsView", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyFarFlag", "Wide.Spread.ReadOnlyRef")]
    [InlineData("CellsView", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyCell", "Wide.Spread.ReadOnlyRef")]
    [InlineData("FarCellA", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyFarCellB", "Wide.Spread.ReadOnlyRef")]
    [InlineData("FarVersionGet", "Wide.Spread.Ref")]
    [InlineData("FarVersionSet", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyFarVersion", "Wide.Spread.ReadOnlyRef")]
    [InlineData("FarVersionExchange", "Wide.Spread.Ref")]
    [InlineData("FarVersionCompareExchange", "Wide.Spread.Ref")]
    [InlineData("FarVersionAdd", "Wide.Spread.Ref")]
    [InlineData("Load", "Wide.Spread.Ref")]
    [InlineData("ReadOnlyLoad", "Wide.Spread.ReadOnlyRef")]
    [InlineData("Store", "Wide.Spread.Ref")]
    [InlineData("DefaultCellsGet", "Wide.Spread.CellsArray")]
    [InlineData("DefaultCellsReadOnlyGet", "Wide.Spread.CellsReadOnlyArray")]
    [InlineData("DefaultCellsClear", "Wide.Spread.CellsArray")]
    [InlineData("DefaultCellsToArray", "Wide.Spread.CellsArray")]
    public void A_far_access_through_a_default_view_throws_the_generated_NullReferenceException(string probe, string view)
    {
        NullReferenceException thrown = Assert.Throws<NullReferenceException>(() => Call(probe));
        Assert.Equal($"This {view} {DefaultViewText}", thrown.Message);
    }

    [Theory]
    [InlineData("NearGet")]
    [InlineData("ReadOnlyNearGet")]
    [InlineData("NearSet")]
    [InlineData("NearNameByte")]
    [InlineData("NearSample")]
    [InlineData("NearFlag")]
    [InlineData("NearVersion")]
    [InlineData("NearCellA")]
    [InlineData("DefaultNearFlag")]
    public void A_near_access_through_a_default_view_still_faults_into_the_runtimes_NullReferenceException(string probe)
    {
        // No generated check runs for these: the fault in the unmapped first page is what throws.
        NullReferenceException thrown = Assert.Throws<NullReferenceException>(() => Call(probe));
        Assert.DoesNotContain("default view", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_views_read_and_write_the_far_scalars_where_the_oracle_expects_them()
    {
        byte[] bytes = new byte[FarLayout.Size];
        Call("SetFar", bytes, -3.25);
        Assert.Equal(-3.25, Oracle.Read(bytes, FarLayout.Far, ScalarType.Double, big: false));
        Oracle.Write(bytes, FarLayout.Far, ScalarType.Double, big: false, 6.5);
        Assert.Equal(6.5, Call("GetFar", bytes));

        Call("SetFarName", bytes, "été");
        Assert.Equal("été", Oracle.ReadUtf8(bytes, FarLayout.FarName, 16));
        Oracle.WriteUtf8(bytes, FarLayout.FarName, 16, "north");
        Assert.Equal("north", Call("GetFarName", bytes));

        Oracle.Write(bytes, FarLayout.FarVersion, ScalarType.Int64, big: false, 40L);
        Assert.Equal(42L, Call("AddFarVersion", bytes, 2L));
        Assert.Equal(42L, Call("ExchangeFarVersion", bytes, 5L));
        Assert.Equal(5L, Oracle.Read(bytes, FarLayout.FarVersion, ScalarType.Int64, big: false));
        Assert.Equal(5L, Call("GetFarVersion", bytes));
    }

    [Fact]
    public void Real_views_read_and_write_the_far_arrays_and_nested_layouts_where_the_oracle_expects_them()
    {
        byte[] bytes = new byte[FarLayout.Size];
        Call("SetStraddle", bytes, 0, 11);
        Call("SetStraddle", bytes, 31, -12);
        Assert.Equal(11, Oracle.Read(bytes, FarLayout.Straddle, ScalarType.Int32, big: false));
        Assert.Equal(-12, Oracle.Read(bytes, FarLayout.Straddle + (31 * 4), ScalarType.Int32, big: false));
        Oracle.Write(bytes, FarLayout.Straddle + (30 * 4), ScalarType.Int32, big: false, 77);
        Assert.Equal(77, Call("GetStraddle", bytes, 30));

        Call("SetFarFlag", bytes, 3, true);
        Assert.Equal(1, bytes[FarLayout.FarFlags + 3]);
        bytes[FarLayout.FarFlags + 1] = 1;
        Assert.Equal(true, Call("GetFarFlag", bytes, 1));

        Call("SetFarCellB", bytes, 123L);
        Assert.Equal(123L, Oracle.Read(bytes, FarLayout.FarCell + 8, ScalarType.Int64, big: false));
        Oracle.Write(bytes, FarLayout.FarCell + 8, ScalarType.Int64, big: false, -9L);
        Assert.Equal(-9L, Call("GetFarCellB", bytes));

        Call("SetCellB", bytes, 259, long.MinValue);
        Assert.Equal(long.MinValue, Oracle.Read(bytes, FarLayout.Cells + (259 * 16) + 8, ScalarType.Int64, big: false));
        Oracle.Write(bytes, FarLayout.Cells + (128 * 16) + 8, ScalarType.Int64, big: false, 55L);
        Assert.Equal(55L, Call("GetCellB", bytes, 128));

        Call("SetFarByte", bytes, 7, (byte)0xAB);
        Assert.Equal(0xAB, bytes[FarLayout.FarBytes + 7]);
    }

    [Fact]
    public void Store_and_Load_through_real_views_cover_the_far_fields()
    {
        byte[] bytes = new byte[FarLayout.Size];
        Call("StoreSample", bytes);
        Assert.Equal(7L, Oracle.Read(bytes, FarLayout.Near, ScalarType.Int64, big: false));
        Assert.Equal(2.5, Oracle.Read(bytes, FarLayout.Far, ScalarType.Double, big: false));
        Assert.Equal("far", Oracle.ReadUtf8(bytes, FarLayout.FarName, 16));
        Assert.Equal(9L, Oracle.Read(bytes, FarLayout.FarVersion, ScalarType.Int64, big: false));
        Assert.Equal(1031, Oracle.Read(bytes, FarLayout.Straddle + (31 * 4), ScalarType.Int32, big: false));
        Assert.Equal(-259L, Oracle.Read(bytes, FarLayout.Cells + (259 * 16) + 8, ScalarType.Int64, big: false));

        Oracle.Write(bytes, FarLayout.FarCell + 8, ScalarType.Int64, big: false, 31L);
        bytes[FarLayout.FarFlags + 3] = 1;
        bytes[FarLayout.FarBytes + 7] = 200;
        Assert.Equal("7|2.5|far|9|1031|31|259|-259|True|200", Call("LoadSummary", bytes));
    }
}
