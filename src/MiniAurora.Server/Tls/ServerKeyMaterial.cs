using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MiniAurora.Server.Tls;

/// <summary>
/// The TLS certificate and the RSA key pair for caching_sha2_password, created in the data directory
/// on first start (like mysqld's auto_generate_certs / sha256_password_auto_generate_rsa_keys) and
/// loaded from there afterwards: server-cert.pem, server-key.pem, private_key.pem, public_key.pem.
/// </summary>
internal sealed class ServerKeyMaterial : IDisposable
{
    private ServerKeyMaterial(X509Certificate2 certificate, RSA rsa, string publicKeyPem)
    {
        Certificate = certificate;
        RsaKey = rsa;
        PublicKeyPem = publicKeyPem;
    }

    public X509Certificate2 Certificate { get; }

    public RSA RsaKey { get; }

    public string PublicKeyPem { get; }

    public static ServerKeyMaterial LoadOrCreate(string dataDirectory, TimeProvider time)
    {
        var certPath = Path.Combine(dataDirectory, "server-cert.pem");
        var keyPath = Path.Combine(dataDirectory, "server-key.pem");
        var rsaPrivatePath = Path.Combine(dataDirectory, "private_key.pem");
        var rsaPublicPath = Path.Combine(dataDirectory, "public_key.pem");

        if (!File.Exists(certPath) || !File.Exists(keyPath))
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=MiniAurora_Auto_Generated_Server_Certificate", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName("localhost");
            san.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            var now = time.GetUtcNow();
            using var cert = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
            WritePrivate(keyPath, key.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(certPath, cert.ExportCertificatePem());
        }
        if (!File.Exists(rsaPrivatePath) || !File.Exists(rsaPublicPath))
        {
            using var rsa = RSA.Create(2048);
            WritePrivate(rsaPrivatePath, rsa.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(rsaPublicPath, rsa.ExportSubjectPublicKeyInfoPem());
        }

        using var pemCert = X509Certificate2.CreateFromPemFile(certPath, keyPath);
        // Re-import as PKCS#12 so the private key is usable by SslStream on every platform.
        var certificate = X509CertificateLoader.LoadPkcs12(pemCert.Export(X509ContentType.Pkcs12), null);
        var rsaKey = RSA.Create();
        rsaKey.ImportFromPem(File.ReadAllText(rsaPrivatePath));
        return new ServerKeyMaterial(certificate, rsaKey, File.ReadAllText(rsaPublicPath));
    }

    private static void WritePrivate(string path, string pem)
    {
        File.WriteAllText(path, pem);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public void Dispose()
    {
        Certificate.Dispose();
        RsaKey.Dispose();
    }
}
