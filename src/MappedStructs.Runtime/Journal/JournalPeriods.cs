using System;

namespace MappedStructs;

/// <summary>The UTC periods of time-rolled journals: a cycle covers one hour or one day from its period start.</summary>
internal static class JournalPeriods
{
    /// <summary>The start of the period holding <paramref name="ticks"/> (the time itself for a journal that rolls by size).</summary>
    public static long Start(JournalRoll roll, long ticks) => roll switch
    {
        JournalRoll.Hourly => ticks - (ticks % TimeSpan.TicksPerHour),
        JournalRoll.Daily => ticks - (ticks % TimeSpan.TicksPerDay),
        _ => ticks,
    };

    /// <summary>The first tick after the period starting at <paramref name="start"/>; never for a journal that rolls by size.</summary>
    public static long End(JournalRoll roll, long start) => roll switch
    {
        JournalRoll.Hourly => start + TimeSpan.TicksPerHour,
        JournalRoll.Daily => start + TimeSpan.TicksPerDay,
        _ => long.MaxValue,
    };
}
