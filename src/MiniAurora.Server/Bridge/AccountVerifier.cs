using MiniAurora.Protocol.Authentication;
using MiniAurora.Security.Accounts;
using MiniAurora.Security.Authentication;

namespace MiniAurora.Server.Bridge;

/// <summary>Answers the protocol's credential questions for one account from its stored authentication_string.</summary>
internal sealed class AccountVerifier(Account account, CachingSha2Password sha2) : IAccountVerifier
{
    private string CacheKey => account.User + "@" + account.Host;

    public bool VerifyNativeScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response) =>
        account.Plugin == AuthPluginNames.NativePassword && NativePassword.Verify(account.AuthenticationString, scramble, response);

    public bool VerifySha2FastScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response) =>
        account.Plugin == AuthPluginNames.CachingSha2Password
        && sha2.VerifyFastScramble(CacheKey, account.AuthenticationString, scramble, response) == true;

    public bool VerifyClearPassword(string password) => account.Plugin switch
    {
        AuthPluginNames.CachingSha2Password => sha2.VerifyClearPassword(CacheKey, account.AuthenticationString, password),
        AuthPluginNames.NativePassword => NativePassword.Hash(password) == account.AuthenticationString,
        _ => false,
    };
}
