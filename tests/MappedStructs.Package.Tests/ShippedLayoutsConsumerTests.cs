using System;
using System.IO;
using MappedStructs.TestSupport;

namespace MappedStructs.Package.Tests;

/// <summary>The shipped-layouts analyzer as a package user meets it: a MappedLayouts.Shipped.txt added as an additional file.</summary>
public sealed class ShippedLayoutsConsumerTests(PackedPackage package) : IClassFixture<PackedPackage>
{
    private const string Program = """
        using MappedStructs;

        Console.WriteLine(Sample.Trade.Layout.Size);

        namespace Sample
        {
            [MappedLayout(Size = 16)]
            public partial record struct Trade
            {
                [Field(0)] public long Id { get; init; }
                [Field(8)] public long Price { get; init; }
            }
        }
        """;

    [Fact]
    public void A_declaration_that_breaks_the_shipped_file_fails_the_build_with_MAPS0036_and_one_that_keeps_it_builds()
    {
        var consumer = ConsumerProject.Create(package, "ShippedConsumer", Program);
        File.WriteAllText(Path.Combine(consumer.Directory, "Directory.Build.props"), """
            <Project>
              <ItemGroup>
                <AdditionalFiles Include="MappedLayouts.Shipped.txt" />
              </ItemGroup>
            </Project>
            """);
        string shipped = Path.Combine(consumer.Directory, "MappedLayouts.Shipped.txt");

        File.WriteAllText(shipped, "#mappedlayouts 1\n\nlayout Sample.Trade version=1 size=16 endian=Little\n      0     8 Scalar     int64          Id since=1 deprecated=0\n      8     8 Scalar     float64        Price since=1 deprecated=0\n");
        ProcessOutcome broken = consumer.Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("MAPS0036", broken.OutputAndErrors, StringComparison.Ordinal);
        Assert.Contains("rule TypeChanged", broken.OutputAndErrors, StringComparison.Ordinal);

        File.WriteAllText(shipped, File.ReadAllText(shipped).Replace("float64        Price", "int64          Price", StringComparison.Ordinal));
        consumer.Build().EnsureSuccess("building the consumer whose layout matches its shipped file");
    }
}
