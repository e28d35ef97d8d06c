using System.Security;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace MiniAurora.Lambda.Emulator;

public sealed partial class LocalLambdaEndpoint
{
    private const string StsNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    /// <summary>STS's Query API (form body, XML answers): AssumeRole of an associated role, GetCallerIdentity.</summary>
    private async Task HandleStsAsync(HttpContext ctx, string wirePath, string? rawQuery, byte[] body, string requestId)
    {
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        string action = form.TryGetValue("Action", out var a) ? a.ToString() : "";
        var verdict = Verify(ctx, wirePath, rawQuery, body, "sts");
        if (!verdict.Ok)
        {
            string code = verdict.ErrorCode switch
            {
                "InvalidSignatureException" => "SignatureDoesNotMatch",
                "UnrecognizedClientException" => "InvalidClientTokenId",
                "MissingAuthenticationTokenException" => "MissingAuthenticationToken",
                { } c => c,
                null => "AccessDenied",
            };
            await WriteStsErrorAsync(ctx, verdict.Status, code, verdict.Message!, requestId).ConfigureAwait(false);
            return;
        }
        switch (action)
        {
            case "AssumeRole":
                string roleArn = form.TryGetValue("RoleArn", out var r) ? r.ToString() : "";
                string session = form.TryGetValue("RoleSessionName", out var s) ? s.ToString() : "session";
                if (!_options.Roles.Contains(roleArn, StringComparer.Ordinal))
                {
                    await WriteStsErrorAsync(ctx, 403, "AccessDenied",
                        $"User: {verdict.Principal} is not authorized to perform: sts:AssumeRole on resource: {roleArn}", requestId).ConfigureAwait(false);
                    return;
                }
                var duration = form.TryGetValue("DurationSeconds", out var d) && int.TryParse(d, out int secs)
                    ? TimeSpan.FromSeconds(secs) : _options.SessionDuration;
                var creds = _credentials.Issue(roleArn, session, duration);
                string roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
                await WriteXmlAsync(ctx, $"""
                    <AssumeRoleResponse xmlns="{StsNamespace}">
                      <AssumeRoleResult>
                        <AssumedRoleUser>
                          <AssumedRoleId>AROA{creds.AccessKeyId[4..]}:{X(session)}</AssumedRoleId>
                          <Arn>arn:aws:sts::{_options.AccountId}:assumed-role/{X(roleName)}/{X(session)}</Arn>
                        </AssumedRoleUser>
                        <Credentials>
                          <AccessKeyId>{creds.AccessKeyId}</AccessKeyId>
                          <SecretAccessKey>{X(creds.SecretAccessKey)}</SecretAccessKey>
                          <SessionToken>{X(creds.SessionToken!)}</SessionToken>
                          <Expiration>{creds.Expiration!.Value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration>
                        </Credentials>
                      </AssumeRoleResult>
                      <ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata>
                    </AssumeRoleResponse>
                    """).ConfigureAwait(false);
                return;
            case "GetCallerIdentity":
                await WriteXmlAsync(ctx, $"""
                    <GetCallerIdentityResponse xmlns="{StsNamespace}">
                      <GetCallerIdentityResult>
                        <Arn>{X(verdict.Principal!)}</Arn>
                        <UserId>{X(verdict.Principal!)}</UserId>
                        <Account>{_options.AccountId}</Account>
                      </GetCallerIdentityResult>
                      <ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata>
                    </GetCallerIdentityResponse>
                    """).ConfigureAwait(false);
                return;
            default:
                await WriteStsErrorAsync(ctx, 400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15", requestId).ConfigureAwait(false);
                return;
        }
    }

    private static string X(string s) => SecurityElement.Escape(s);

    private static Task WriteXmlAsync(HttpContext ctx, string xml)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "text/xml";
        return ctx.Response.WriteAsync(xml);
    }

    private static Task WriteStsErrorAsync(HttpContext ctx, int status, string code, string message, string requestId)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "text/xml";
        return ctx.Response.WriteAsync($"""
            <ErrorResponse xmlns="{StsNamespace}">
              <Error><Type>Sender</Type><Code>{X(code)}</Code><Message>{X(message)}</Message></Error>
              <RequestId>{requestId}</RequestId>
            </ErrorResponse>
            """);
    }
}
