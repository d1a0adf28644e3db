using System.CommandLine;

namespace MappedStructs.Tool.Commands;

/// <summary><c>mappedstructs schema FILE --as c|numpy|arrow|csharp</c>: the stored layout for readers in other languages.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolContext context)
    {
        Argument<string> file = FileArgument.Create();
        var format = new Option<string>("--as")
        {
            Description = "c: a C header with static asserts; numpy: a dtype expression; arrow: the export's Arrow schema; csharp: the [MappedLayout] declaration.",
            Required = true,
        };
        format.AcceptOnlyFromAmong("c", "numpy", "arrow", "csharp");
        var command = new Command("schema", "The layout as a C header, a numpy dtype, an Arrow schema or a C# declaration.") { file, format };
        command.SetAction(parsed =>
        {
            using DescribedTable table = TableOpener.Open(parsed.GetRequiredValue(file));
            context.Output.Write(parsed.GetRequiredValue(format) switch
            {
                "c" => LayoutRendering.CHeader(table.Layout),
                "numpy" => LayoutRendering.NumpyDtype(table.Layout),
                "arrow" => LayoutRendering.ArrowSchema(table.Layout),
                _ => LayoutRendering.CSharpDeclaration(table.Layout),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
