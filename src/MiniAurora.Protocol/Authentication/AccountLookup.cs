namespace MiniAurora.Protocol.Authentication;

/// <summary>
/// The account that matched user@host: its plugin ("mysql_native_password" or "caching_sha2_password"),
/// a verifier for its credentials, and an opaque <paramref name="Principal"/> handed on to the handler
/// factory in <see cref="ProtocolSession.Principal"/> (e.g. the Security project's Account).
/// </summary>
public sealed record AccountLookup(string PluginName, IAccountVerifier Verifier, object? Principal = null);
