using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using MappedStructs;

// Usage: MappedStructs.TestChild <path> <Read|ReadWrite|CopyOnWrite>
// Maps the file, prints "ready <length>", then answers one line per command read from stdin:
//   read <offset>                    -> the Int64 at offset, through the mapping
//   write <offset> <value>           -> writes an Int64 through the mapping; "ok"
//   trylock <offset> <length> <0|1>  -> "locked" (held until unlock) or "busy"; 1 = exclusive
//   unlock                           -> releases every held lock; "ok"
//   filelength                       -> MappedFile.GetFileLength()
//   setlength <bytes>                -> changes the file's length with a FileStream (another writer); "ok"
//   exit
// Or: MappedStructs.TestChild find <path> <pattern> <windowSize|whole> (see FindCommand).
// Or: MappedStructs.TestChild create <path> <capacity>: MappedFile.Create, for tests that trace its system calls.
if (args is ["find", ..])
{
    return MappedStructs.TestChild.FindCommand.Run(args[1..]);
}

if (args is ["create", string createPath, string capacity])
{
    MappedFile.Create(createPath, long.Parse(capacity, CultureInfo.InvariantCulture)).Dispose();
    Console.Out.WriteLine("created");
    return 0;
}

CultureInfo inv = CultureInfo.InvariantCulture;
string path = args[0];
MapAccess access = Enum.Parse<MapAccess>(args[1]);
using var file = MappedFile.Open(path, access);
using MappedView view = file.CreateView();
List<IDisposable> locks = [];
Console.Out.WriteLine($"ready {file.Length}");
Console.Out.Flush();

string? line;
while ((line = Console.In.ReadLine()) is not null)
{
    string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    string reply;
    try
    {
        switch (words[0])
        {
            case "read":
                reply = view.Read<long>(long.Parse(words[1], inv)).ToString(inv);
                break;
            case "write":
                view.Write(long.Parse(words[1], inv), long.Parse(words[2], inv));
                reply = "ok";
                break;
            case "trylock":
                bool got = file.TryLock(long.Parse(words[1], inv), long.Parse(words[2], inv), words[3] == "1", out IDisposable? lease);
                if (got)
                {
                    locks.Add(lease!);
                }

                reply = got ? "locked" : "busy";
                break;
            case "unlock":
                locks.ForEach(l => l.Dispose());
                locks.Clear();
                reply = "ok";
                break;
            case "filelength":
                reply = file.GetFileLength().ToString(inv);
                break;
            case "setlength":
                using (FileStream stream = new(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
                {
                    stream.SetLength(long.Parse(words[1], inv));
                }

                reply = "ok";
                break;
            case "exit":
                return 0;
            default:
                reply = $"error unknown command {words[0]}";
                break;
        }
    }
    catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
    {
        reply = $"error {e.GetType().Name}: {e.Message}";
    }

    Console.Out.WriteLine(reply);
    Console.Out.Flush();
}

return 0;
