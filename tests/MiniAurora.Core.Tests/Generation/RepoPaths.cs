namespace MiniAurora.Core.Tests.Generation;

/// <summary>Finds the repository root from the test's output folder (the folder holding MiniAurora.sln).</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MiniAurora.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("MiniAurora.sln not found above the test folder");
        }
    }
}
