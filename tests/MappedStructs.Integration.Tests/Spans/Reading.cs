namespace MappedStructs.Integration.Tests.Spans;

/// <summary>A telemetry reading as a new user declares it: the record the typed table and span tests read and write.</summary>
[MappedLayout]
public partial record struct Reading
{
    public long Id { get; init; }

    public double Price { get; init; }

    public int Sensor { get; init; }

    [Utf8(12)]
    public string Unit { get; init; }
}

/// <summary>A record with an [Atomic] field: its spans must start, and keep every record, at 8-byte alignment.</summary>
[MappedLayout]
public partial record struct Counter
{
    [Atomic]
    public long Hits { get; init; }

    public int Tag { get; init; }
}

/// <summary>Like <see cref="Counter"/>, but 20 bytes long, so that in a span only every other record would be aligned.</summary>
[MappedLayout(Size = 20)]
public partial record struct OddCounter
{
    [Atomic]
    public long Hits { get; init; }

    public int Tag { get; init; }
}
