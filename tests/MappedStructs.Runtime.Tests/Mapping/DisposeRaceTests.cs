using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace MappedStructs.Tests.Mapping;

/// <summary>
/// Views used on several threads while their file is disposed (and views disposed from several threads at once): the process
/// must not crash, and the only exceptions are the documented ObjectDisposedExceptions from members of the disposed file.
/// </summary>
public sealed class DisposeRaceTests
{
    private const int Iterations = 150;
    private const int Workers = 3;

    [Fact]
    public void Views_keep_working_on_other_threads_while_their_anonymous_file_is_disposed() =>
        RunRaces(() => MappedFile.CreateAnonymous(Workers * 4096), file: null);

    [Fact]
    public void Views_keep_working_on_other_threads_while_their_file_is_disposed_and_grown()
    {
        using TempFile temp = new();
        RunRaces(() => MappedFile.Create(temp.Path, Workers * 4096), temp);
    }

    [Fact]
    public void Concurrent_disposes_of_one_view_and_its_sub_views_release_the_mapping_exactly_once()
    {
        for (int i = 0; i < Iterations; i++)
        {
            var file = MappedFile.CreateAnonymous(4096);
            MappedView view = file.CreateView();
            file.Dispose();
            using Barrier start = new(Workers);
            ConcurrentBag<MappedView> subViews = [];
            ConcurrentBag<Exception> unexpected = [];
            Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, worker =>
            {
                start.SignalAndWait();
                try
                {
                    // Sub-view creation races the parent's disposal: either a working sub-view or ObjectDisposedException.
                    subViews.Add(view.CreateView(worker * 8, 8));
                }
                catch (ObjectDisposedException)
                {
                }
                catch (Exception e)
                {
                    unexpected.Add(e);
                }

                view.Dispose();
            });

            Assert.Empty(unexpected);
            foreach (MappedView sub in subViews)
            {
                sub.Write(0, (long)i);
                Assert.Equal(i, sub.Read<long>(0));
                sub.Dispose();
            }
        }
    }

    private static void RunRaces(Func<MappedFile> open, TempFile? file)
    {
        long racesLost = 0;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            MappedFile mapped = open();
            var views = new MappedView[Workers];
            for (int w = 0; w < Workers; w++)
            {
                views[w] = mapped.CreateView(w * 4096, 4096);
            }

            using Barrier start = new(Workers + 1);
            ConcurrentBag<Exception> unexpected = [];
            int disposedSeen = 0;
            var workers = new Task[Workers];
            for (int w = 0; w < Workers; w++)
            {
                int worker = w;
                workers[w] = Task.Factory.StartNew(() =>
                {
                    MappedView own = views[worker];
                    start.SignalAndWait();
                    for (long n = 0; n < 200; n++)
                    {
                        own.Write(n % 512 * 8, n);
                        if (own.Read<long>(n % 512 * 8) != n)
                        {
                            unexpected.Add(new InvalidOperationException($"Lost a write at {n}."));
                        }

                        try
                        {
                            using MappedView fresh = mapped.CreateView(worker * 4096, 4096);
                            fresh.Write(4088, n);
                            mapped.Flush(worker * 4096, 4096, FlushMode.Async);
                            mapped.Advise(worker * 4096, 4096, MapAdvice.WillNeed);
                            if (file is not null && n == 100)
                            {
                                mapped.EnsureCapacity((Workers + worker + 1) * 4096L);
                            }
                        }
                        catch (ObjectDisposedException)
                        {
                            Interlocked.Increment(ref disposedSeen);
                        }
                        catch (Exception e)
                        {
                            unexpected.Add(e);
                        }
                    }
                }, TaskCreationOptions.LongRunning);
            }

            start.SignalAndWait();
            Thread.SpinWait(iteration * 50);
            Parallel.Invoke(mapped.Dispose, mapped.Dispose);
            Task.WaitAll(workers);

            Assert.Empty(unexpected);
            racesLost += disposedSeen;
            for (int w = 0; w < Workers; w++)
            {
                // Every view still reads what its worker wrote last, after the file is gone.
                Assert.Equal(199L, views[w].Read<long>(199 % 512 * 8));
                views[w].Dispose();
            }

            Assert.Throws<ObjectDisposedException>(() => mapped.CreateView());
        }

        // The dispose really landed while workers were still calling the file (otherwise this test would prove nothing).
        Assert.True(racesLost > 0, "No worker ever saw the file disposed mid-loop.");
    }
}
