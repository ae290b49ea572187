using System.Security.Cryptography;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>The standard security handler opened with the empty user password: RC4 and AES (V1–V5, R2–R6).</summary>
internal sealed class PdfSecurity
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private enum Cipher
    {
        None,
        Rc4,
        AesV2,
        AesV3,
    }

    private readonly byte[] _fileKey;
    private readonly Cipher _streamCipher;
    private readonly Cipher _stringCipher;

    private PdfSecurity(byte[] fileKey, Cipher streams, Cipher strings)
    {
        _fileKey = fileKey;
        _streamCipher = streams;
        _stringCipher = strings;
    }

    public static PdfSecurity Open(PdfDictionary encrypt, byte[] firstId)
    {
        var filter = encrypt.GetName("Filter");
        if (filter is not null && filter != "Standard")
            throw new DocumentReadException(DocumentErrorCode.Encrypted, "The PDF is encrypted with the " + filter + " handler, which needs a certificate or plug-in.");
        var v = Int(encrypt, "V", 0);
        var r = Int(encrypt, "R", 2);
        var o = Bytes(encrypt, "O");
        var u = Bytes(encrypt, "U");
        var p = Int(encrypt, "P", -1);
        var encryptMetadata = !(encrypt.TryGetValue("EncryptMetadata", out var em) && em is false);
        Cipher streams = Cipher.Rc4, strings = Cipher.Rc4;
        var lengthBits = Int(encrypt, "Length", 40);
        if (v >= 4)
        {
            streams = CipherOf(encrypt, encrypt.GetName("StmF") ?? "Identity", ref lengthBits);
            strings = CipherOf(encrypt, encrypt.GetName("StrF") ?? "Identity", ref lengthBits);
        }
        if (v >= 5 || r >= 5)
        {
            var key = OpenAes256(encrypt, r, u);
            return new PdfSecurity(key, streams == Cipher.None ? Cipher.None : Cipher.AesV3, strings == Cipher.None ? Cipher.None : Cipher.AesV3);
        }
        var keyLength = r == 2 ? 5 : Math.Clamp(lengthBits / 8, 5, 16);
        var fileKey = ComputeKey(o, p, firstId, r, keyLength, encryptMetadata);
        if (!CheckUser(fileKey, u, firstId, r))
            throw new DocumentReadException(DocumentErrorCode.Encrypted, "The PDF is password-protected; it cannot be opened without its password.");
        return new PdfSecurity(fileKey, streams, strings);
    }

    private static Cipher CipherOf(PdfDictionary encrypt, string filterName, ref int lengthBits)
    {
        if (filterName == "Identity") return Cipher.None;
        if (encrypt.TryGetValue("CF", out var cf) && cf is PdfDictionary filters && filters.TryGetValue(filterName, out var f) && f is PdfDictionary filter)
        {
            var method = filter.GetName("CFM");
            if (filter.TryGetValue("Length", out var len) && len is int l) lengthBits = l <= 32 ? l * 8 : l;
            return method switch
            {
                "AESV2" => Cipher.AesV2,
                "AESV3" => Cipher.AesV3,
                "None" => Cipher.None,
                _ => Cipher.Rc4,
            };
        }
        return Cipher.Rc4;
    }

    private static int Int(PdfDictionary d, string key, int fallback) =>
        d.TryGetValue(key, out var v) ? v switch { int i => i, double x => (int)x, _ => fallback } : fallback;

    private static byte[] Bytes(PdfDictionary d, string key) => d.TryGetValue(key, out var v) && v is PdfString s ? s.Bytes : [];

    internal static byte[] ComputeKey(byte[] o, int p, byte[] firstId, int r, int keyLength, bool encryptMetadata)
    {
        var input = new List<byte>(128);
        input.AddRange(Padding);
        input.AddRange(o.Length >= 32 ? o.AsSpan(0, 32).ToArray() : o);
        input.Add((byte)p);
        input.Add((byte)(p >> 8));
        input.Add((byte)(p >> 16));
        input.Add((byte)(p >> 24));
        input.AddRange(firstId);
        if (r >= 4 && !encryptMetadata) input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        var hash = MD5.HashData([.. input]);
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++) hash = MD5.HashData(hash.AsSpan(0, keyLength));
        }
        return hash.AsSpan(0, keyLength).ToArray();
    }

    internal static byte[] ComputeU(byte[] fileKey, byte[] firstId, int r)
    {
        if (r == 2) return Rc4.Apply(fileKey, Padding);
        var hash = MD5.HashData([.. Padding, .. firstId]);
        var x = Rc4.Apply(fileKey, hash);
        var k = new byte[fileKey.Length];
        for (var i = 1; i <= 19; i++)
        {
            for (var j = 0; j < k.Length; j++) k[j] = (byte)(fileKey[j] ^ i);
            x = Rc4.Apply(k, x);
        }
        var u = new byte[32];
        x.CopyTo(u, 0);
        return u;
    }

    private static bool CheckUser(byte[] fileKey, byte[] u, byte[] firstId, int r)
    {
        var expected = ComputeU(fileKey, firstId, r);
        var n = r == 2 ? 32 : 16;
        return u.Length >= n && expected.AsSpan(0, n).SequenceEqual(u.AsSpan(0, n));
    }

    private static byte[] OpenAes256(PdfDictionary encrypt, int r, byte[] u)
    {
        var ue = Bytes(encrypt, "UE");
        if (u.Length < 48 || ue.Length < 32)
            throw new DocumentReadException(DocumentErrorCode.Corrupt, "The PDF encryption dictionary is incomplete.");
        var validationSalt = u.AsSpan(32, 8).ToArray();
        var keySalt = u.AsSpan(40, 8).ToArray();
        var check = Hash256(r, [], validationSalt, []);
        if (!check.AsSpan(0, 32).SequenceEqual(u.AsSpan(0, 32)))
            throw new DocumentReadException(DocumentErrorCode.Encrypted, "The PDF is password-protected; it cannot be opened without its password.");
        var intermediate = Hash256(r, [], keySalt, []);
        using var aes = Aes.Create();
        aes.Key = intermediate.AsSpan(0, 32).ToArray();
        return aes.DecryptCbc(ue.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    /// <summary>Password hash of revisions 5 (one SHA-256) and 6 (the iterated SHA-2 mix of ISO 32000-2).</summary>
    internal static byte[] Hash256(int r, byte[] password, byte[] salt, byte[] userData)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userData]);
        if (r < 6) return k;
        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var unit = password.Length + k.Length + userData.Length;
            var k1 = new byte[unit * 64];
            for (var i = 0; i < 64; i++)
            {
                var at = i * unit;
                password.CopyTo(k1, at);
                k.CopyTo(k1, at + password.Length);
                userData.CopyTo(k1, at + password.Length + k.Length);
            }
            aes.Key = k.AsSpan(0, 16).ToArray();
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++) sum += e[i];
            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            // Stop after at least 64 rounds once the last byte of E is at most (rounds done - 32).
            if (round >= 63 && e[^1] <= round + 1 - 32) break;
        }
        return k.AsSpan(0, 32).ToArray();
    }

    public byte[] DecryptString(byte[] data, PdfRef owner) => Decrypt(data, owner, _stringCipher);

    public byte[] DecryptStream(ReadOnlySpan<byte> data, PdfRef owner) => Decrypt(data, owner, _streamCipher);

    private byte[] Decrypt(ReadOnlySpan<byte> data, PdfRef owner, Cipher cipher)
    {
        switch (cipher)
        {
            case Cipher.None:
                return data.ToArray();
            case Cipher.AesV3:
                return AesDecrypt(_fileKey, data);
            default:
                {
                    var key = ObjectKey(owner, cipher == Cipher.AesV2);
                    return cipher == Cipher.Rc4 ? Rc4.Apply(key, data) : AesDecrypt(key, data);
                }
        }
    }

    private byte[] ObjectKey(PdfRef owner, bool aes)
    {
        var input = new byte[_fileKey.Length + 5 + (aes ? 4 : 0)];
        _fileKey.CopyTo(input, 0);
        var n = _fileKey.Length;
        input[n] = (byte)owner.Number;
        input[n + 1] = (byte)(owner.Number >> 8);
        input[n + 2] = (byte)(owner.Number >> 16);
        input[n + 3] = (byte)owner.Generation;
        input[n + 4] = (byte)(owner.Generation >> 8);
        if (aes) "sAlT"u8.CopyTo(input.AsSpan(n + 5));
        var hash = MD5.HashData(input);
        return hash.AsSpan(0, Math.Min(n + 5, 16)).ToArray();
    }

    private static byte[] AesDecrypt(byte[] key, ReadOnlySpan<byte> data)
    {
        if (data.Length < 32) return [];
        using var aes = Aes.Create();
        aes.Key = key;
        var body = data[16..];
        var usable = body.Length - body.Length % 16;
        try
        {
            return aes.DecryptCbc(body[..usable], data[..16], PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            // Bad padding: keep the raw plaintext rather than lose the stream.
            return aes.DecryptCbc(body[..usable], data[..16], PaddingMode.None);
        }
    }
}

/// <summary>The RC4 stream cipher (symmetric: the same call encrypts and decrypts).</summary>
internal static class Rc4
{
    public static byte[] Apply(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        Span<byte> s = stackalloc byte[256];
        for (var i = 0; i < 256; i++) s[i] = (byte)i;
        var j = 0;
        for (var i = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        int x = 0, y = 0;
        for (var k = 0; k < data.Length; k++)
        {
            x = (x + 1) & 0xFF;
            y = (y + s[x]) & 0xFF;
            (s[x], s[y]) = (s[y], s[x]);
            output[k] = (byte)(data[k] ^ s[(s[x] + s[y]) & 0xFF]);
        }
        return output;
    }
}
