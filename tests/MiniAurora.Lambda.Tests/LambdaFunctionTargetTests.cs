using MiniAurora.Core.Errors;

namespace MiniAurora.Lambda.Tests;

[TestFixture]
public sealed class LambdaFunctionTargetTests
{
    [TestCase("my-function", "my-function", null, null, null)]
    [TestCase("my-function:v1", "my-function", "v1", null, null)]
    [TestCase("my_fn:$LATEST", "my_fn", "$LATEST", null, null)]
    [TestCase("123456789012:function:my-function", "my-function", null, null, "123456789012")]
    [TestCase("123456789012:function:my-function:prod", "my-function", "prod", null, "123456789012")]
    [TestCase("arn:aws:lambda:us-west-2:123456789012:function:SES_send_email", "SES_send_email", null, "us-west-2", "123456789012")]
    [TestCase("arn:aws:lambda:us-east-1:868710585169:function:BasicTestLambda", "BasicTestLambda", null, "us-east-1", "868710585169")]
    [TestCase("arn:aws:lambda:eu-central-1:123456789012:function:f:7", "f", "7", "eu-central-1", "123456789012")]
    [TestCase("arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:f", "f", null, "us-gov-west-1", "123456789012")]
    [TestCase("arn:aws-cn:lambda:cn-north-1:123456789012:function:f:alias_1", "f", "alias_1", "cn-north-1", "123456789012")]
    public void Parse_ValidForms_ReadsParts(string value, string name, string? qualifier, string? region, string? account)
    {
        var t = LambdaFunctionTarget.Parse(value);
        Assert.That((t.Name, t.Qualifier, t.Region, t.AccountId), Is.EqualTo((name, qualifier, region, account)));
        Assert.That(t.ToString(), Is.EqualTo(value));
    }

    [TestCase("")]
    [TestCase("my function")]
    [TestCase("fn:")]
    [TestCase("fn:a:b")]
    [TestCase("fn:bad.qualifier")]
    [TestCase("arn:aws:sns:us-west-2:123456789012:function:f")]
    [TestCase("arn:aws:lambda:us-west-2:function:f")]
    [TestCase("arn:aws:lambda:us-west-2:12345:function:f")]
    [TestCase("arn:aws:lambda:us-east-1:my-fn")]
    [TestCase("12345678901:function:f")]
    [TestCase("ünïcode")]
    public void Parse_Invalid_Throws1873(string value)
    {
        var ex = Assert.Throws<MiniAuroraException>(() => LambdaFunctionTarget.Parse(value));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCode.ER_AURORA_LAMBDA_API_ERROR));
        Assert.That(ex.InnerException, Is.TypeOf<LambdaApiException>());
    }

    [Test]
    public void Parse_NameTooLong_Fails()
    {
        Assert.That(LambdaFunctionTarget.TryParse(new string('a', 65), out _, out _), Is.False);
        Assert.That(LambdaFunctionTarget.TryParse(new string('a', 64), out _, out _), Is.True);
    }

    [Test]
    public void PathName_OmitsQualifier_ToArn_UsesDefaults()
    {
        var t = LambdaFunctionTarget.Parse("arn:aws:lambda:us-west-2:123456789012:function:f:prod");
        Assert.That(t.PathName, Is.EqualTo("arn:aws:lambda:us-west-2:123456789012:function:f"));
        Assert.That(LambdaFunctionTarget.Parse("f").ToArn("eu-west-1", "111111111111"), Is.EqualTo("arn:aws:lambda:eu-west-1:111111111111:function:f"));
    }
}
