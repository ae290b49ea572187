using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ResumeLens.Core.Tests.Extraction.Pdf;

/// <summary>Writes small PDF files for tests: classic or stream cross-references, object streams, encryption.</summary>
internal sealed class PdfBuilder
{
    private readonly List<(string Body, byte[]? Stream, string? StreamDict)> _objects = [];

    public TestEncryption? Encryption { get; set; }

    public string TrailerExtra { get; set; } = "";

    /// <summary>Adds an object; «text» markers become (possibly encrypted) hex strings.</summary>
    public int Add(string body)
    {
        _objects.Add((body, null, null));
        return _objects.Count;
    }

    public int AddStream(string dictionaryEntries, byte[] data)
    {
        _objects.Add(("", data, dictionaryEntries));
        return _objects.Count;
    }

    public int AddStream(string dictionaryEntries, string text) => AddStream(dictionaryEntries, Encoding.Latin1.GetBytes(text));

    public void Replace(int number, string body) => _objects[number - 1] = (body, null, null);

    public int Count => _objects.Count;

    /// <summary>A one-page document with Helvetica as /F1 and the given content stream; returns the builder for more objects.</summary>
    public static PdfBuilder OnePage(string content, string fontDictionary = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", string pageExtra = "", string resourcesExtra = "")
    {
        var b = new PdfBuilder();
        b.Add("<< /Type /Catalog /Pages 2 0 R >>");
        b.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> {resourcesExtra} >> {pageExtra} >>");
        b.AddStream("", content);
        b.Add(fontDictionary);
        return b;
    }

    private string Body(int number, string body) => Markers(body, number);

    private string Markers(string body, int number)
    {
        var sb = new StringBuilder();
        var pos = 0;
        while (true)
        {
            var start = body.IndexOf('«', pos);
            if (start < 0) break;
            var end = body.IndexOf('»', start);
            sb.Append(body, pos, start - pos);
            var plain = Encoding.Latin1.GetBytes(body[(start + 1)..end]);
            var bytes = Encryption?.Encrypt(plain, number) ?? plain;
            sb.Append('<').Append(Convert.ToHexString(bytes)).Append('>');
            pos = end + 1;
        }
        sb.Append(body, pos, body.Length - pos);
        return sb.ToString();
    }

    private byte[] ObjectBytes(int number)
    {
        var (body, stream, dict) = _objects[number - 1];
        var ms = new MemoryStream();
        if (stream is null)
        {
            Write(ms, $"{number} 0 obj\n{Body(number, body)}\nendobj\n");
        }
        else
        {
            var data = Encryption?.Encrypt(stream, number) ?? stream;
            Write(ms, $"{number} 0 obj\n<< {Body(number, dict!)} /Length {data.Length} >>\nstream\n");
            ms.Write(data);
            Write(ms, "\nendstream\nendobj\n");
        }
        return ms.ToArray();
    }

    private static void Write(Stream s, string text) => s.Write(Encoding.Latin1.GetBytes(text));

    private string TrailerEntries() =>
        "/Root 1 0 R " + TrailerExtra + (Encryption is null ? "" : $" /Encrypt {_objects.Count + 1} 0 R /ID [<{Convert.ToHexString(Encryption.Id)}> <{Convert.ToHexString(Encryption.Id)}>]");

    /// <summary>A file with a classic xref table.</summary>
    public byte[] Build(Func<int, long, long>? offsetTamper = null)
    {
        var ms = new MemoryStream();
        Write(ms, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 1; i <= _objects.Count; i++)
        {
            offsets.Add(ms.Position);
            ms.Write(ObjectBytes(i));
        }
        if (Encryption is not null)
        {
            offsets.Add(ms.Position);
            Write(ms, $"{_objects.Count + 1} 0 obj\n{Encryption.Dictionary}\nendobj\n");
        }
        var xref = ms.Position;
        Write(ms, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        for (var i = 0; i < offsets.Count; i++)
        {
            var off = offsetTamper?.Invoke(i + 1, offsets[i]) ?? offsets[i];
            Write(ms, off.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }
        Write(ms, $"trailer\n<< /Size {offsets.Count + 1} {TrailerEntries()} >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }

    /// <summary>A PDF 1.5 file: plain objects inside an object stream, located by a compressed xref stream.</summary>
    public byte[] BuildWithObjectStream()
    {
        var ms = new MemoryStream();
        Write(ms, "%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
        var n = _objects.Count;
        var objStm = n + 1;
        var xrefNumber = n + 2;
        var offsets = new long[n + 3];
        var inStream = new List<int>();
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        for (var i = 1; i <= n; i++)
        {
            if (_objects[i - 1].Stream is null)
            {
                header.Append(i).Append(' ').Append(bodies.Length).Append(' ');
                bodies.Append(Body(i, _objects[i - 1].Body)).Append('\n');
                inStream.Add(i);
            }
            else
            {
                offsets[i] = ms.Position;
                ms.Write(ObjectBytes(i));
            }
        }
        var objData = Deflate(Encoding.Latin1.GetBytes(header.ToString() + bodies));
        offsets[objStm] = ms.Position;
        Write(ms, $"{objStm} 0 obj\n<< /Type /ObjStm /N {inStream.Count} /First {header.Length} /Filter /FlateDecode /Length {objData.Length} >>\nstream\n");
        ms.Write(objData);
        Write(ms, "\nendstream\nendobj\n");
        offsets[xrefNumber] = ms.Position;
        var rows = new MemoryStream();
        for (var i = 0; i <= xrefNumber; i++)
        {
            var index = inStream.IndexOf(i);
            if (i == 0) rows.Write([0, 0, 0, 0, 0, 0xFF, 0xFF]);
            else if (index >= 0) rows.Write([2, 0, 0, (byte)(objStm >> 8), (byte)objStm, (byte)(index >> 8), (byte)index]);
            else rows.Write([1, (byte)(offsets[i] >> 24), (byte)(offsets[i] >> 16), (byte)(offsets[i] >> 8), (byte)offsets[i], 0, 0]);
        }
        // PNG "Up" predictor on the rows, as most writers do.
        var raw = rows.ToArray();
        var predicted = new MemoryStream();
        var prior = new byte[7];
        for (var r = 0; r < raw.Length / 7; r++)
        {
            predicted.WriteByte(2);
            for (var k = 0; k < 7; k++) predicted.WriteByte((byte)(raw[r * 7 + k] - prior[k]));
            Array.Copy(raw, r * 7, prior, 0, 7);
        }
        var xrefData = Deflate(predicted.ToArray());
        Write(ms, $"{xrefNumber} 0 obj\n<< /Type /XRef /Size {xrefNumber + 1} /W [1 4 2] /Root 1 0 R {TrailerExtra} /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length {xrefData.Length} >>\nstream\n");
        ms.Write(xrefData);
        Write(ms, $"\nendstream\nendobj\nstartxref\n{offsets[xrefNumber]}\n%%EOF\n");
        return ms.ToArray();
    }

    /// <summary>Appends an incremental update that replaces the given objects.</summary>
    public static byte[] AppendUpdate(byte[] original, int size, params (int Number, string Body)[] objects)
    {
        var text = Encoding.Latin1.GetString(original);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var prev = long.Parse(text.AsSpan(at + 9).Trim().ToString().Split('\n')[0], CultureInfo.InvariantCulture);
        var ms = new MemoryStream();
        ms.Write(original);
        var offsets = new List<(int, long)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, ms.Position));
            Write(ms, $"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = ms.Position;
        Write(ms, "xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets)
        {
            Write(ms, $"{number} 1\n{offset:D10} 00000 n \n");
        }
        Write(ms, $"trailer\n<< /Size {size} /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n");
        return ms.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, true)) z.Write(data);
        return ms.ToArray();
    }
}

/// <summary>Test-side implementation of the standard security handler's writer (independent of the reader's code).</summary>
internal sealed class TestEncryption
{
    private static readonly byte[] Pad = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    private readonly byte[] _key;
    private readonly string _method;

    private TestEncryption(byte[] key, string method, string dictionary, byte[] id)
    {
        _key = key;
        _method = method;
        Dictionary = dictionary;
        Id = id;
    }

    public string Dictionary { get; }

    public byte[] Id { get; }

    /// <summary>RC4 (R2 40-bit or R3 128-bit) or AES-128 (R4), opened by the empty user password unless one is given.</summary>
    public static TestEncryption Legacy(int revision, int keyBytes, bool aes, string userPassword = "")
    {
        var id = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");
        var o = RandomNumberGenerator.GetBytes(32);
        const int p = -1028;
        var pw = Encoding.Latin1.GetBytes(userPassword).Concat(Pad).Take(32).ToArray();
        var input = pw.Concat(o).Concat(BitConverter.GetBytes(p)).Concat(id).ToArray();
        var hash = MD5.HashData(input);
        if (revision >= 3)
        {
            for (var i = 0; i < 50; i++) hash = MD5.HashData(hash.AsSpan(0, keyBytes));
        }
        var key = hash.AsSpan(0, keyBytes).ToArray();
        byte[] u;
        if (revision == 2)
        {
            u = Rc4(key, Pad);
        }
        else
        {
            var x = Rc4(key, MD5.HashData(Pad.Concat(id).ToArray()));
            for (var i = 1; i <= 19; i++) x = Rc4(key.Select(b => (byte)(b ^ i)).ToArray(), x);
            u = x.Concat(new byte[16]).ToArray();
        }
        var v = revision == 2 ? 1 : revision == 3 ? 2 : 4;
        var cf = revision == 4 ? $"/CF << /StdCF << /CFM /{(aes ? "AESV2" : "V2")} /Length 16 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF" : "";
        var dict = $"<< /Filter /Standard /V {v} /R {revision} /Length {keyBytes * 8} /P {p} /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> {cf} >>";
        return new TestEncryption(key, aes ? "aes" : "rc4", dict, id);
    }

    /// <summary>AES-256 revision 6 with the empty user password (or the one given).</summary>
    public static TestEncryption Aes256(string userPassword = "")
    {
        var id = Convert.FromHexString("00112233445566778899AABBCCDDEEFF");
        var key = RandomNumberGenerator.GetBytes(32);
        var password = Encoding.UTF8.GetBytes(userPassword);
        var validationSalt = RandomNumberGenerator.GetBytes(8);
        var keySalt = RandomNumberGenerator.GetBytes(8);
        var u = Hash6(password, validationSalt, []).Concat(validationSalt).Concat(keySalt).ToArray();
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = Hash6(password, keySalt, []);
        var ue = aes.EncryptCbc(key, new byte[16], PaddingMode.None);
        // The owner values are not needed to open with the user password; a well-formed placeholder is written.
        var ownerSalt = RandomNumberGenerator.GetBytes(16);
        var o = Hash6([], ownerSalt.AsSpan(0, 8).ToArray(), u).Concat(ownerSalt).ToArray();
        aes.Key = Hash6([], ownerSalt.AsSpan(8, 8).ToArray(), u);
        var oe = aes.EncryptCbc(key, new byte[16], PaddingMode.None);
        var perms = new byte[16];
        BitConverter.GetBytes(-1028).CopyTo(perms, 0);
        perms[4] = perms[5] = perms[6] = perms[7] = 0xFF;
        perms[8] = (byte)'T';
        "adb"u8.CopyTo(perms.AsSpan(9));
        aes.Key = key;
        var permsEncrypted = aes.EncryptEcb(perms, PaddingMode.None);
        var dict = $"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> " +
                   $"/OE <{Convert.ToHexString(oe)}> /UE <{Convert.ToHexString(ue)}> /Perms <{Convert.ToHexString(permsEncrypted)}> " +
                   "/CF << /StdCF << /CFM /AESV3 /Length 32 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF >>";
        return new TestEncryption(key, "aes256", dict, id);
    }

    private static byte[] Hash6(byte[] password, byte[] salt, byte[] udata)
    {
        var k = SHA256.HashData(password.Concat(salt).Concat(udata).ToArray());
        using var aes = System.Security.Cryptography.Aes.Create();
        var round = 0;
        while (true)
        {
            var block = password.Concat(k).Concat(udata).ToArray();
            var k1 = Enumerable.Range(0, 64).SelectMany(_ => block).ToArray();
            aes.Key = k[..16];
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var mod = e.Take(16).Sum(b => b) % 3;
            k = mod == 0 ? SHA256.HashData(e) : mod == 1 ? SHA384.HashData(e) : SHA512.HashData(e);
            round++;
            if (round >= 64 && e[^1] <= round - 32) break;
        }
        return k[..32];
    }

    public byte[] Encrypt(byte[] data, int objectNumber)
    {
        if (_method == "aes256") return AesEncrypt(_key, data);
        var input = _key.Concat(new[] { (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), (byte)0, (byte)0 });
        if (_method == "aes") input = input.Concat("sAlT"u8.ToArray());
        var objectKey = MD5.HashData(input.ToArray()).Take(Math.Min(_key.Length + 5, 16)).ToArray();
        return _method == "aes" ? AesEncrypt(objectKey, data) : Rc4(objectKey, data);
    }

    private static byte[] AesEncrypt(byte[] key, byte[] data)
    {
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key;
        var iv = RandomNumberGenerator.GetBytes(16);
        return iv.Concat(aes.EncryptCbc(data, iv, PaddingMode.PKCS7)).ToArray();
    }

    public static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 255;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var output = new byte[data.Length];
        for (int k = 0, x = 0, y = 0; k < data.Length; k++)
        {
            x = (x + 1) & 255;
            y = (y + s[x]) & 255;
            (s[x], s[y]) = (s[y], s[x]);
            output[k] = (byte)(data[k] ^ s[(s[x] + s[y]) & 255]);
        }
        return output;
    }
}
