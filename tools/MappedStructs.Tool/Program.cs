using System;
using MappedStructs.Tool;

return ToolApp.Run(args, Console.Out, Console.Error, TerminalProgress.ForConsole());
