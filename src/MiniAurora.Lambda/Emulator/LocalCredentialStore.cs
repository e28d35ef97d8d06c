using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MiniAurora.Lambda.Emulator;

/// <summary>
/// The access keys the local endpoint accepts: the configured long-term keys plus the temporary credentials its
/// STS AssumeRole issued (which carry a session token and expire).
/// </summary>
internal sealed class LocalCredentialStore(IEnumerable<AwsCredentials> longTerm, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (AwsCredentials Creds, string Principal)> _keys =
        new(longTerm.Select(c => KeyValuePair.Create(c.AccessKeyId, (c, $"arn:aws:iam::000000000000:user/{c.AccessKeyId}"))), StringComparer.Ordinal);

    public bool TryGet(string accessKeyId, out AwsCredentials creds, out string principal)
    {
        if (_keys.TryGetValue(accessKeyId, out var entry))
        {
            creds = entry.Creds;
            principal = entry.Principal;
            return true;
        }
        creds = null!;
        principal = "";
        return false;
    }

    public bool IsExpired(AwsCredentials creds) => creds.Expiration is { } e && time.GetUtcNow() >= e;

    /// <summary>Issues temporary credentials for an assumed role.</summary>
    public AwsCredentials Issue(string roleArn, string sessionName, TimeSpan duration)
    {
        var creds = new AwsCredentials("ASIA" + RandomString(16), RandomString(40), RandomString(64), time.GetUtcNow() + duration);
        string roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        _keys[creds.AccessKeyId] = (creds, $"arn:aws:sts::000000000000:assumed-role/{roleName}/{sessionName}");
        return creds;
    }

    private static string RandomString(int n) => RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", n);
}
