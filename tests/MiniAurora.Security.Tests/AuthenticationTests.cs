using System.Security.Cryptography;
using System.Text;
using MiniAurora.Security.Authentication;

namespace MiniAurora.Security.Tests;

[TestFixture]
public sealed class AuthenticationTests
{
    // Test vectors from Drepper's "Unix crypt using SHA-256 and SHA-512" specification.
    [TestCase("Hello world!", "saltstring", 5000, "5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5")]
    [TestCase("Hello world!", "saltstringsaltst", 10000, "3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA")]
    [TestCase("This is just a test", "toolongsaltstrin", 5000, "Un/5jzAHMgOGZ5.mWJpuVolil07guHPvOW8mGRcvxa5")]
    public void Sha256Crypt_PublicVectors_Match(string password, string salt, int rounds, string expected)
    {
        var digest = Sha256Crypt.Digest(Encoding.UTF8.GetBytes(password), Encoding.ASCII.GetBytes(salt), rounds);
        Assert.That(digest, Is.EqualTo(expected));
    }

    [Test]
    public void NativePassword_Hash_MatchesMySqlPasswordFunction()
    {
        // MySQL 5.7: SELECT PASSWORD('password') = '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19'
        Assert.That(NativePassword.Hash("password"), Is.EqualTo("*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19"));
    }

    [Test]
    public void NativePassword_Verify_AcceptsRightAndRejectsWrongPassword()
    {
        var scramble = RandomNumberGenerator.GetBytes(20);
        var stored = NativePassword.Hash("s3cret");
        Assert.Multiple(() =>
        {
            Assert.That(NativePassword.Verify(stored, scramble, NativePassword.ClientResponse("s3cret", scramble)), Is.True);
            Assert.That(NativePassword.Verify(stored, scramble, NativePassword.ClientResponse("wrong", scramble)), Is.False);
            Assert.That(NativePassword.Verify(stored, scramble, []), Is.False);
            Assert.That(NativePassword.Verify("", scramble, []), Is.True);
        });
    }

    [Test]
    public void CachingSha2_FullThenFastAuth_Works()
    {
        var sha2 = new CachingSha2Password();
        var stored = CachingSha2Password.Hash("pw1");
        var scramble = RandomNumberGenerator.GetBytes(20);
        var response = FastResponse("pw1", scramble);
        Assert.Multiple(() =>
        {
            Assert.That(CachingSha2Password.IsValidHash(stored), Is.True);
            Assert.That(sha2.VerifyFastScramble("u@h", stored, scramble, response), Is.Null, "not cached before full auth");
            Assert.That(sha2.VerifyClearPassword("u@h", stored, "nope"), Is.False);
            Assert.That(sha2.VerifyClearPassword("u@h", stored, "pw1"), Is.True);
            Assert.That(sha2.VerifyFastScramble("u@h", stored, scramble, response), Is.True);
            Assert.That(sha2.VerifyFastScramble("u@h", stored, scramble, FastResponse("pw2", scramble)), Is.False);
        });
    }

    private static byte[] FastResponse(string password, byte[] scramble)
    {
        var stage1 = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        var stage2 = SHA256.HashData(stage1);
        var mask = SHA256.HashData([.. stage2, .. scramble]);
        for (int i = 0; i < 32; i++)
        {
            stage1[i] ^= mask[i];
        }
        return stage1;
    }
}
