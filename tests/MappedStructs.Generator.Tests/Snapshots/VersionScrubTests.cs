using System;
using MappedStructs.Generator.Emitting;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Snapshots;

/// <summary>Snapshots record a placeholder for the generator's version, while the generated code itself carries the real one.</summary>
public class VersionScrubTests
{
    [Fact]
    public void Generated_code_carries_the_generator_version_and_snapshots_the_placeholder()
    {
        string attribute = LayoutEmitter.GeneratedCodeAttribute;
        string scrubbed = Snapshot.ScrubVersion(attribute + "\n");

        Assert.Contains($"\"{LayoutEmitter.Version}\"", attribute, StringComparison.Ordinal);
        Assert.Equal(
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"{AttributeNames.GeneratorTool}\", \"{Snapshot.VersionPlaceholder}\")]\n",
            scrubbed);
    }

    [Fact]
    public void Text_other_than_the_version_attribute_is_left_alone()
    {
        const string Text = "// \"MappedStructs.Generator\" 1.2.3.4\n";
        Assert.Equal(Text, Snapshot.ScrubVersion(Text));
    }
}
