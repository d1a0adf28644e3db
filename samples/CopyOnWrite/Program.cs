using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using MappedStructs;
using MappedStructs.Samples;

namespace CopyOnWrite;

/// <summary>
/// Private and shared mappings: patch records through a copy-on-write mapping and show the file unchanged; patch through
/// a shared mapping and show it changed; share anonymous memory between two views; and pass data to a child process and
/// back through a shared file mapping.
/// </summary>
public static class Program
{
    private const string ChildFlag = "--child";

    // The shared block between parent and child: a state word, the child's answer, the count, then the numbers.
    private const int StateOffset = 0;
    private const int AnswerOffset = 8;
    private const int CountOffset = 16;
    private const int MessageOffset = 64;
    private const int MessageBytes = 192;
    private const int NumbersOffset = 256;
    private const int ParentWrote = 1;
    private const int ChildAnswered = 2;

    /// <summary>Entry point: see <see cref="Run"/>.</summary>
    public static int Main(string[] args) => Run(args, Console.Out);

    /// <summary>
    /// Options: <c>--records N</c> in the table (1,000,000), <c>--every N</c> patch every Nth record (10), <c>--numbers N</c>
    /// passed to the child (100,000), <c>--dir PATH</c> for the files (/dev/shm when it exists, else the temp directory).
    /// With <c>--child FILE</c> it runs as the child.
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = new Options(args);
        if (options.Flag(ChildFlag))
        {
            string file = options.Text(ChildFlag, string.Empty);
            options.ThrowOnUnknown();
            return RunChild(file, output);
        }

        long records = options.Long("--records", 1_000_000);
        long every = Math.Max(1, options.Long("--every", 10));
        long numbers = options.Long("--numbers", 100_000);
        string dir = options.Text("--dir", Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath());
        options.ThrowOnUnknown();

        string tablePath = Path.Combine(dir, $"copyonwrite-{Environment.ProcessId}.tbl");
        string sharedPath = Path.Combine(dir, $"copyonwrite-{Environment.ProcessId}.shared");
        try
        {
            bool ok = PrivatePatch(tablePath, records, every, output);
            AnonymousViews(output);
            ok &= ParentAndChild(sharedPath, numbers, output);
            return ok ? 0 : 1;
        }
        finally
        {
            File.Delete(tablePath);
            File.Delete(sharedPath);
        }
    }

    private static bool PrivatePatch(string path, long records, long every, TextWriter output)
    {
        using (var table = MappedTable<Account>.Create(path, records))
        {
            for (long i = 0; i < records; i++)
            {
                table.Append(new Account { Id = i, Balance = 100_00 });
            }
        }

        string before = Hash(path);
        output.WriteLine($"1. private (copy-on-write) mapping of {records:N0} accounts in {path}");
        output.WriteLine($"   file SHA-256 before: {before}");

        long patched = 0;
        long totalSeen;
        var clock = Stopwatch.StartNew();
        using (var table = MappedTable<Account>.Open(path, MapAccess.CopyOnWrite))
        {
            for (long i = 0; i < records; i += every)
            {
                // Patch in place: only the Balance field's 8 bytes are written; the kernel copies the page on first write.
                Account.Ref account = table[i];
                account.Balance += 5_00;
                patched++;
            }

            totalSeen = 0;
            foreach (Account.ReadOnlyRef account in table)
            {
                totalSeen += account.Balance;
            }
        }

        string after = Hash(path);
        long expected = (records * 100_00) + (patched * 5_00);
        output.WriteLine($"   patched {patched:N0} records in {clock.Elapsed.TotalMilliseconds:N0} ms; through the mapping the balances sum to {totalSeen:N0} cents (expected {expected:N0})");
        output.WriteLine($"   file SHA-256 after:  {after}");
        bool unchanged = before == after;
        output.WriteLine(unchanged
            ? "   the file is unchanged: the kernel copied each patched page into this process's private memory (MAP_PRIVATE)"
            : "   THE FILE CHANGED");

        using (var table = MappedTable<Account>.Open(path, MapAccess.ReadWrite))
        {
            Account.Ref first = table[0];
            first.Balance = 1;
            table.Flush();
        }

        string shared = Hash(path);
        bool changed = shared != before;
        output.WriteLine($"   the same patch through a shared (ReadWrite) mapping: SHA-256 {shared} ({(changed ? "the file changed, as it should" : "UNCHANGED?")})");
        return unchanged && changed && totalSeen == expected;
    }

    private static void AnonymousViews(TextWriter output)
    {
        using var memory = MappedFile.CreateAnonymous(1 << 20);
        using MappedView writer = memory.CreateView(0, 4096);
        using MappedView reader = memory.CreateView(0, 4096);
        writer.Write(128, 0x1234_5678_9ABC_DEF0L);
        output.WriteLine($"2. anonymous mapping of {memory.Length:N0} bytes (no file): a value written through one view reads back through another as 0x{reader.Read<long>(128):X}");
        output.WriteLine("   it lives only in this process: a child started with Process.Start runs a new program (fork + exec, or CreateProcess),");
        output.WriteLine("   and exec replaces the address space, so the child cannot inherit it. .NET has no fork-only API, so to share memory");
        output.WriteLine("   with a child we map the same file in both: on Linux /dev/shm is RAM-backed, so nothing is written to disk.");
    }

    private static bool ParentAndChild(string path, long numbers, TextWriter output)
    {
        using var file = MappedFile.Create(path, NumbersOffset + (numbers * sizeof(long)));
        using MappedView view = file.CreateView();
        long sum = 0;
        for (long i = 0; i < numbers; i++)
        {
            long value = (i * 7) % 1000;
            view.Write(NumbersOffset + (i * sizeof(long)), value);
            sum += value;
        }

        view.Write(CountOffset, numbers);
        string message = $"hello from parent {Environment.ProcessId}";
        Encoding.UTF8.GetBytes(message, view.GetSpan(MessageOffset, MessageBytes));
        Volatile.Write(ref view.GetRef<int>(StateOffset), ParentWrote);

        output.WriteLine($"3. shared file mapping {path} ({file.Length:N0} bytes): the parent wrote {numbers:N0} numbers and a message, and starts a child");
        var clock = Stopwatch.StartNew();
        using Process child = StartChild(path);
        string childOutput = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        int state = Volatile.Read(ref view.GetRef<int>(StateOffset));
        long answer = view.Read<long>(AnswerOffset);
        string reply = Encoding.UTF8.GetString(view.GetReadOnlySpan(MessageOffset, MessageBytes)).TrimEnd('\0');
        output.Write(childOutput);
        output.WriteLine($"   the parent reads back, through its own mapping: state {state}, sum {answer:N0} (its own sum: {sum:N0}), message \"{reply}\" ({clock.Elapsed.TotalMilliseconds:N0} ms with process start)");
        bool ok = child.ExitCode == 0 && state == ChildAnswered && answer == sum;
        output.WriteLine(ok ? "   the child's answer matches: both processes worked on the same pages" : "   MISMATCH");
        return ok;
    }

    private static int RunChild(string path, TextWriter output)
    {
        using var file = MappedFile.Open(path, MapAccess.ReadWrite);
        using MappedView view = file.CreateView();
        if (Volatile.Read(ref view.GetRef<int>(StateOffset)) != ParentWrote)
        {
            output.WriteLine("   child: the parent's data is not there");
            return 2;
        }

        long count = view.Read<long>(CountOffset);
        if (count < 0 || NumbersOffset + (count * sizeof(long)) > view.Length)
        {
            output.WriteLine($"   child: count {count} does not fit the mapping");
            return 2;
        }

        long sum = 0;
        for (long i = 0; i < count; i++)
        {
            sum += view.Read<long>(NumbersOffset + (i * sizeof(long)));
        }

        string message = Encoding.UTF8.GetString(view.GetReadOnlySpan(MessageOffset, MessageBytes)).TrimEnd('\0');
        output.WriteLine($"   child {Environment.ProcessId}: read \"{message}\" and summed {count:N0} numbers in place: {sum:N0}");
        view.Write(AnswerOffset, sum);
        Span<byte> reply = view.GetSpan(MessageOffset, MessageBytes);
        reply.Clear();
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"hello back from child {Environment.ProcessId}"), reply);
        Volatile.Write(ref view.GetRef<int>(StateOffset), ChildAnswered);
        return 0;
    }

    private static Process StartChild(string path) => SelfProcess.Start(typeof(Program).Assembly, [ChildFlag, path]);

    private static string Hash(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream))[..16].ToLowerInvariant() + "...";
    }
}
