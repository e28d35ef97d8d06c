using System.Reflection;

namespace MiniAurora.Architecture.Tests;

/// <summary>
/// Enforces ARCHITECTURE.md B2: references only go downward, and Protocol and Engine never see
/// each other (only the Server composition root sees both).
/// </summary>
[TestFixture]
public sealed class LayeringTests
{
    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["MiniAurora.Core"] = [],
        ["MiniAurora.Protocol"] = ["MiniAurora.Core"],
        ["MiniAurora.Sql"] = ["MiniAurora.Core"],
        ["MiniAurora.Storage"] = ["MiniAurora.Core"],
        ["MiniAurora.Security"] = ["MiniAurora.Core"],
        ["MiniAurora.Lambda"] = ["MiniAurora.Core"],
        ["MiniAurora.Engine"] = ["MiniAurora.Core", "MiniAurora.Sql", "MiniAurora.Storage", "MiniAurora.Security", "MiniAurora.Lambda"],
        ["MiniAurora.Server"] = ["MiniAurora.Core", "MiniAurora.Protocol", "MiniAurora.Sql", "MiniAurora.Storage", "MiniAurora.Security", "MiniAurora.Lambda", "MiniAurora.Engine"],
    };

    private static IEnumerable<string> ProductAssemblies()
    {
        var dir = AppContext.BaseDirectory;
        return Directory.GetFiles(dir, "MiniAurora.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && s_allowed.ContainsKey(n))!;
    }

    [Test]
    public void ArchitectureRespectsLayering()
    {
        var found = ProductAssemblies().ToList();
        Assert.That(found, Does.Contain("MiniAurora.Server").And.Contain("MiniAurora.Protocol").And.Contain("MiniAurora.Engine"));
        Assert.Multiple(() =>
        {
            foreach (var name in found)
            {
                var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, name + ".dll"));
                var references = assembly.GetReferencedAssemblies()
                    .Select(r => r.Name!)
                    .Where(r => r.StartsWith("MiniAurora.", StringComparison.Ordinal));
                foreach (var reference in references)
                {
                    Assert.That(s_allowed[name], Does.Contain(reference), $"{name} must not reference {reference}");
                }
            }
        });
    }
}
