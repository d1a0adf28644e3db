using System;
using System.Text;

namespace MappedStructs.Generator.Emitting;

/// <summary>Writes C# text line by line with four-space indentation and LF line ends (deterministic on every OS).</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public void Line(string line)
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
    }

    public void Line() => _text.Append('\n');

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
    }

    public void Close(string suffix = "")
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("Unbalanced block.");
        }

        _depth--;
        Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
