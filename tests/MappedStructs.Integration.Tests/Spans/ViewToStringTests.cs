using System.Globalization;

namespace MappedStructs.Integration.Tests.Spans;

/// <summary>The generated views print their fields as the record struct does.</summary>
public sealed class ViewToStringTests
{
    [Fact]
    public void A_view_prints_like_its_record()
    {
        var reading = new Reading { Id = 1, Price = 101.5, Sensor = -3, Unit = "hPa" };
        byte[] bytes = new byte[Reading.Size];
        Reading.Ref.From(bytes).Store(reading);

        Assert.Equal("Reading { Id = 1, Price = 101.5, Sensor = -3, Unit = hPa }", Reading.ReadOnlyRef.From(bytes).ToString());
        Assert.Equal(reading.ToString(), Reading.Ref.From(bytes).ToString());
    }

    [Fact]
    public void A_view_prints_in_the_current_culture_like_its_record()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var reading = new Reading { Id = 1, Price = 101.5, Unit = "" };
            byte[] bytes = new byte[Reading.Size];
            Reading.Ref.From(bytes).Store(reading);
            Assert.Equal(reading.ToString(), Reading.ReadOnlyRef.From(bytes).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_view_over_invalid_utf8_prints_the_escaped_text_instead_of_throwing()
    {
        byte[] bytes = new byte[Reading.Size];
        var view = Reading.Ref.From(bytes);
        view.UnitBytes[0] = (byte)'k';
        view.UnitBytes[1] = 0xFF;

        Assert.Throws<System.IO.InvalidDataException>(() => Reading.ReadOnlyRef.From(bytes).Unit);
        Assert.Equal($"Reading {{ Id = 0, Price = 0, Sensor = 0, Unit = {view.Load().Unit} }}", Reading.ReadOnlyRef.From(bytes).ToString());
    }

    [Fact]
    public void Atomic_fields_print_their_values()
    {
        using var file = MappedFile.CreateAnonymous(4096);
        using MappedView view = file.CreateView();
        var counter = Counter.Ref.From(view, 0);
        counter.Hits = 42;
        counter.Tag = 7;
        Assert.Equal("Counter { Hits = 42, Tag = 7 }", counter.ToString());
    }
}
