using MiniAurora.Core.Errors;

namespace MiniAurora.Lambda.Tests;

[TestFixture]
public sealed class ClusterParameterTests
{
    [Test]
    public void Apply_MapsValues()
    {
        var o = LambdaClusterParameters.Apply(new LambdaOptions(), new Dictionary<string, string>
        {
            ["aws_default_lambda_role"] = "arn:aws:iam::123456789012:role/r",
            ["aws_associated_roles"] = "arn:aws:iam::123456789012:role/r, arn:aws:iam::123456789012:role/s",
            ["aws_lambda_endpoint"] = "http://127.0.0.1:9001",
            ["aws_lambda_sync_timeout_ms"] = "1500",
            ["aws_lambda_queue_full"] = "ERROR",
            ["aws_lambda_async_mode"] = "immediate",
            ["max_connections"] = "151",
        });
        Assert.That(o.RequireRole, Is.True);
        Assert.That(o.RoleArn, Is.EqualTo("arn:aws:iam::123456789012:role/r"));
        Assert.That(o.AssociatedRoles, Has.Count.EqualTo(2));
        Assert.That(o.LambdaEndpoint, Is.EqualTo(new Uri("http://127.0.0.1:9001")));
        Assert.That(o.SyncTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
        Assert.That((o.Backpressure, o.AsyncMode), Is.EqualTo((LambdaBackpressureMode.Error, LambdaAsyncMode.Immediate)));
    }

    [Test]
    public void ApplyEmbedded_MapsLocalEndpointValues()
    {
        var o = LambdaClusterParameters.ApplyEmbedded(new Emulator.LocalEndpointOptions(), new Dictionary<string, string>
        {
            ["aws_lambda_local_functions_dir"] = "examples/lambda",
            ["aws_lambda_local_processes"] = "3",
            ["aws_associated_roles"] = "arn:aws:iam::123456789012:role/r",
        });
        Assert.That(Path.IsPathRooted(o.FunctionsDirectory), Is.True);
        Assert.That((o.ProcessesPerFunction, o.Roles.Single()), Is.EqualTo((3, "arn:aws:iam::123456789012:role/r")));
    }

    [TestCase("aws_lambda_max_attempts", "0")]
    [TestCase("aws_lambda_max_attempts", "x")]
    [TestCase("aws_lambda_queue_full", "drop")]
    [TestCase("aws_lambda_endpoint", "ftp://x")]
    public void Apply_InvalidValue_Throws1231(string name, string value)
    {
        var ex = Assert.Throws<MiniAuroraException>(() => LambdaClusterParameters.Apply(new LambdaOptions(), new Dictionary<string, string> { [name] = value }));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_WRONG_VALUE_FOR_VAR));
    }

    [Test]
    public void Definitions_AreUnique_AndDefaultsApply()
    {
        var defs = LambdaClusterParameters.Definitions;
        Assert.That(defs.Select(d => d.Name), Is.Unique);
        Assert.DoesNotThrow(() => LambdaClusterParameters.Apply(new LambdaOptions(), defs.ToDictionary(d => d.Name, d => d.Default)));
    }
}
