using System.Security.Cryptography;

namespace MiniAurora.Protocol.Authentication;

/// <summary>
/// Stands in for an unknown account: does the same hashing work a real check would and always answers no,
/// so an unknown user and a wrong password take the same path and time (MySQL does the same).
/// </summary>
internal sealed class DummyAccountVerifier : IAccountVerifier
{
    public static readonly DummyAccountVerifier Instance = new();

    private readonly byte[] _fakeStage2 = RandomNumberGenerator.GetBytes(32);

    public bool VerifyNativeScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response)
    {
        Span<byte> buffer = stackalloc byte[scramble.Length + 20];
        scramble.CopyTo(buffer);
        _fakeStage2.AsSpan(0, 20).CopyTo(buffer[scramble.Length..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(buffer, hash);
        SHA1.HashData(hash, hash);
        _ = CryptographicOperations.FixedTimeEquals(hash, _fakeStage2.AsSpan(0, 20)) | response.IsEmpty;
        return false;
    }

    public bool VerifySha2FastScramble(ReadOnlySpan<byte> scramble, ReadOnlySpan<byte> response) => false;

    public bool VerifyClearPassword(string password)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(password), hash);
        _ = CryptographicOperations.FixedTimeEquals(hash, _fakeStage2);
        return false;
    }
}
