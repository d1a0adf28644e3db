using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MappedStructs.ColdReads;
using MappedStructs.Peers;
using MappedStructs.TestSupport;

namespace MappedStructs.Bench.Tests;

public sealed class ColdReadsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly BenchData _data;
    private readonly ColdFile _file;

    public ColdReadsTests()
    {
        _data = BenchData.Create(_directory.Path, 70_000, 2_000);
        // Windows of 256 KiB: the 2.2 MB of records span nine, the last one partial.
        _file = new ColdFile(_data.Table, TableFile.Describe(_data.Table), _data.Lookups, 256 << 10);
    }

    public static TheoryData<string> Methods => [.. ColdMethods.All.Select(method => method.Name)];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_method_computes_the_sum_of_the_data_set(string name)
    {
        ColdMethod method = ColdMethods.All.Single(m => m.Name == name);
        if (name == ColdMethods.DirectReadLoop && (OnTmpfs() || !OperatingSystem.IsLinux()))
        {
            Assert.Skip("O_DIRECT is a Linux flag, and tmpfs has none (the suite refuses in-memory file systems anyway)");
        }

        string expected = method.Workload == Workload.Scan
            ? _data.ExpectedQuantitySum().ToString(System.Globalization.CultureInfo.InvariantCulture)
            : _data.ExpectedRandomPriceSum().ToString("F4", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, method.Run(_file));
    }

    [Fact]
    public void A_trial_evicts_the_file_before_timing_each_method()
    {
        if (OnTmpfs() || !OperatingSystem.IsLinux())
        {
            Assert.Skip("eviction needs posix_fadvise on a disk file system");
        }

        ColdMethod[] methods = [.. ColdMethods.All.Where(m => m.Name is ColdMethods.ReadLoop or ColdMethods.Pread)];
        List<Measurement> measurements = new TrialRunner(_file, TimeSpan.Zero, TextWriter.Null).Run(methods, trials: 2);
        Assert.Equal(4, measurements.Count);
        Assert.All(measurements, m => Assert.True(m.ResidentAfterEviction <= _file.RecordBytes / 10, $"{m.ResidentAfterEviction} bytes stayed"));
        // The pass after an eviction reads the whole file from storage again (where the kernel counts storage reads at all).
        Assert.All(measurements.Where(m => m.Method.Name == ColdMethods.ReadLoop),
            m => Assert.True(m.Io.StorageReadBytes <= 0 || m.Io.StorageReadBytes >= _file.RecordBytes / 2, $"{m.Io.StorageReadBytes} bytes read"));
    }

    [Fact]
    public void The_report_refuses_methods_that_disagree_on_a_sum()
    {
        ColdMethod scan = ColdMethods.All.First(m => m.Workload == Workload.Scan);
        ColdMethod other = ColdMethods.All.Last(m => m.Workload == Workload.Scan);
        Measurement[] measurements = [Fake(scan, 1, "10"), Fake(other, 1, "11")];
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => ColdReport.Render(_file, measurements, TimeSpan.Zero, 1, "test"));
        Assert.Contains(scan.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(other.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_judges_the_targets_by_the_medians()
    {
        Measurement[] measurements =
        [
            Fake(Method("scan-mapped-sequential"), 1.30, "1"), Fake(Method("scan-mapped-sequential"), 1.25, "1"), Fake(Method("scan-mapped-sequential"), 9.0, "1"),
            Fake(Method(ColdMethods.ReadLoop), 1.0, "1"),
            Fake(Method("random-mapped-random"), 1.4, "2"),
            Fake(Method(ColdMethods.Pread), 1.0, "2"),
        ];
        string report = ColdReport.Render(_file, measurements, TimeSpan.FromSeconds(10), 3, "test");
        Assert.Contains("| mapped scan with `Sequential` advice within 1.2x of the read() loop | 1.30 | missed |", report, StringComparison.Ordinal);
        Assert.Contains("| mapped random reads with `Random` advice within 1.5x of pread | 1.40 | met |", report, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static ColdMethod Method(string name) => ColdMethods.All.Single(m => m.Name == name);

    private static Measurement Fake(ColdMethod method, double seconds, string sum) => new(method, 0, seconds, sum, new IoCounters(0, 0), 0);

    private bool OnTmpfs() => new DriveInfo(_directory.Path).DriveFormat is "tmpfs" or "ramfs";
}
