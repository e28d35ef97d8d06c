using System.Reflection;

namespace MiniAurora.TestKit;

/// <summary>Locates the repository and the built server binary from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MiniAurora.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("MiniAurora.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The server's DLL built in the same configuration as the running tests.</summary>
    public static string ServerDll
    {
        get
        {
            var configuration = typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Root, "src", "MiniAurora.Server", "bin", configuration, "net10.0", "MiniAurora.Server.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build the server first", path);
        }
    }

    /// <summary>The read-only shared folder beside the checkout (../shared), or null where it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
