using System;
using System.Buffers.Binary;
using System.Diagnostics;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>
/// The boot identity that tells recovery a crash (keep everything) from a reboot (roll back to the last flush): on Linux,
/// Windows (and Wine) and macOS it is the OS's own per-boot value, exact and the same in every process, never the wall
/// clock less the uptime, which a clock step moves.
/// </summary>
public sealed class BootIdentityTests
{
    [Fact]
    public void The_identity_comes_from_the_OS_and_is_exactly_the_same_on_every_read()
    {
        byte[] first = Current();
        System.Threading.Thread.Sleep(20);
        byte[] second = Current();
        Assert.False(BootIdentity.IsFallback(first), $"the boot identity {Convert.ToHexString(first)} is the wall-clock fallback");
        Assert.Equal(first, second);
        Assert.True(BootIdentity.IsCurrent(first));
    }

    [Fact]
    public void Another_process_reads_the_same_identity()
    {
        using Process child = JournalChildProcess.Start("boot-id");
        ProcessOutcome outcome = JournalChildProcess.Finish(child);
        Assert.True(outcome.ExitCode == 0, outcome.OutputAndErrors);
        Assert.Equal(Convert.ToHexString(Current()), outcome.Output.Trim());
    }

    [Fact]
    public void An_OS_identity_matches_only_byte_for_byte()
    {
        byte[] stored = Current();
        byte[] other = (byte[])stored.Clone();
        other[3] ^= 1;
        Assert.True(BootIdentity.Matches(stored, stored));
        Assert.False(BootIdentity.Matches(stored, other));
        Assert.False(BootIdentity.Matches(Fallback(DateTime.UtcNow.Ticks), stored));
    }

    [Fact]
    public void Two_fallback_boot_times_match_within_30_seconds_and_not_beyond()
    {
        long boot = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc).Ticks;
        Assert.True(BootIdentity.Matches(Fallback(boot), Fallback(boot + TimeSpan.FromSeconds(29).Ticks)));
        Assert.True(BootIdentity.Matches(Fallback(boot), Fallback(boot - TimeSpan.FromSeconds(30).Ticks)));
        Assert.False(BootIdentity.Matches(Fallback(boot), Fallback(boot + TimeSpan.FromSeconds(31).Ticks)));
    }

    [Fact]
    public void An_unrecorded_identity_is_all_zero()
    {
        Assert.False(BootIdentity.IsRecorded(new byte[BootIdentity.Size]));
        Assert.True(BootIdentity.IsRecorded(Current()));
    }

    internal static byte[] Current()
    {
        byte[] identity = new byte[BootIdentity.Size];
        BootIdentity.WriteCurrent(identity);
        return identity;
    }

    private static byte[] Fallback(long ticks)
    {
        byte[] identity = new byte[BootIdentity.Size];
        BinaryPrimitives.WriteInt64LittleEndian(identity, ticks);
        return identity;
    }
}
