namespace MiniAurora.Lambda.Tests;

/// <summary>Process-wide test settings: never let a credential chain probe the EC2 metadata address.</summary>
[SetUpFixture]
public sealed class TestEnvironment
{
    [OneTimeSetUp]
    public void DisableInstanceMetadata()
    {
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        foreach (string v in new[] { "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_LAMBDA", "AWS_ENDPOINT_URL_STS", "AWS_PROFILE" })
        {
            Environment.SetEnvironmentVariable(v, null);
        }
    }

    /// <summary>The repository's examples/lambda folder.</summary>
    public static string ExamplesDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "examples", "lambda");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException("examples/lambda not found above " + TestContext.CurrentContext.TestDirectory);
        }
    }
}
