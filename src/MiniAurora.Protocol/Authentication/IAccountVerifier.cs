namespace MiniAurora.Protocol.Authentication;

/// <summary>
/// Checks one account's credentials; the protocol never sees a password hash (the Security project implements
/// this over its stored authentication_string). Every method must take about the same time whether the
/// answer is yes or no. An empty <c>response</c> means the client sent no password (empty password).
/// </summary>
public interface IAccountVerifier
{
    /// <summary>mysql_native_password: response = SHA1(pw) XOR SHA1(scramble + SHA1(SHA1(pw))).</summary>
    bool VerifyNativeScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response);

    /// <summary>
    /// caching_sha2_password fast path: response = SHA256(pw) XOR SHA256(SHA256(SHA256(pw)) + scramble).
    /// Returns false when the account is not in the server's cache (or does not match): the protocol then
    /// asks for full authentication and calls <see cref="VerifyClearPassword"/>.
    /// </summary>
    bool VerifySha2FastScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response);

    /// <summary>
    /// Full authentication with the clear password (received over TLS or RSA-decrypted). For caching_sha2
    /// accounts a success should fill the fast-path cache, as MySQL does.
    /// </summary>
    bool VerifyClearPassword(string password);
}
