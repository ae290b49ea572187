using System.Buffers;
using System.IO.Compression;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>Stream filters (decoders) with limits enforced while output is produced.</summary>
internal static class PdfFilters
{
    /// <summary>Image codecs: their data is never needed for text, so decoding stops there.</summary>
    public static bool IsImageFilter(string name) => name is "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode";

    public static byte[] Decode(string filter, ReadOnlySpan<byte> input, PdfDictionary? parms, OutputBudget budget, int wanted = int.MaxValue)
    {
        var output = filter switch
        {
            "FlateDecode" or "Fl" => Inflate(input, budget, wanted),
            "LZWDecode" or "LZW" => Lzw(input, EarlyChange(parms), budget),
            "ASCIIHexDecode" or "AHx" => AsciiHex(input),
            "ASCII85Decode" or "A85" => Ascii85(input),
            "RunLengthDecode" or "RL" => RunLength(input, budget),
            _ => throw new DocumentReadException(DocumentErrorCode.UnsupportedFormat, "Unsupported PDF stream filter " + filter + "."),
        };
        if (filter is "FlateDecode" or "Fl" or "LZWDecode" or "LZW" && parms is not null)
        {
            var predictor = IntOf(parms, "Predictor", 1);
            if (predictor > 1)
            {
                output = Unpredict(output, predictor, IntOf(parms, "Colors", 1), IntOf(parms, "BitsPerComponent", 8), IntOf(parms, "Columns", 1));
            }
        }
        return output;
    }

    private static int IntOf(PdfDictionary d, string key, int fallback) =>
        d.TryGetValue(key, out var v) && v is int i ? i : v is double x ? (int)x : fallback;

    private static int EarlyChange(PdfDictionary? parms) => parms is null ? 1 : IntOf(parms, "EarlyChange", 1);

    /// <summary>Inflates up to <paramref name="wanted"/> bytes (callers that need only a prefix stop early).</summary>
    public static unsafe byte[] Inflate(ReadOnlySpan<byte> input, OutputBudget budget, int wanted = int.MaxValue)
    {
        // Some writers omit the zlib header; a raw deflate stream is then tried.
        var hasHeader = input.Length >= 2 && (input[0] & 0x0F) == 8 && ((input[0] << 8) | input[1]) % 31 == 0;
        var body = input[(hasHeader ? 2 : 0)..];
        if (body.IsEmpty) return [];
        // The output grows in pooled arrays and is copied once to its exact size: content streams of a few
        // hundred kilobytes would otherwise leave a trail of large-object-heap buffers behind every page.
        var output = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(body.Length * 4L + 64, 4096, 1 << 20));
        var length = 0;
        try
        {
            fixed (byte* start = body)
            {
                using var source = new UnmanagedMemoryStream(start, body.Length);
                using var inflater = new DeflateStream(source, CompressionMode.Decompress);
                try
                {
                    while (true)
                    {
                        if (length == output.Length)
                        {
                            var larger = ArrayPool<byte>.Shared.Rent(output.Length * 2);
                            output.AsSpan(0, length).CopyTo(larger);
                            ArrayPool<byte>.Shared.Return(output);
                            output = larger;
                        }
                        var n = inflater.Read(output, length, output.Length - length);
                        if (n <= 0) break;
                        budget.Add(n);
                        length += n;
                        if (length >= wanted) break;
                    }
                }
                catch (InvalidDataException)
                {
                    // Truncated or checksum-less streams: keep what decoded, as viewers do.
                }
            }
            return output.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    public static byte[] Lzw(ReadOnlySpan<byte> input, int earlyChange, OutputBudget budget)
    {
        var output = new MemoryStream(input.Length * 3);
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var lengths = new int[4096];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            lengths[i] = 1;
        }
        var next = 258;
        var codeLength = 9;
        var previous = -1;
        var bitBuffer = 0;
        var bits = 0;
        var pos = 0;
        var scratch = new byte[4096];
        while (true)
        {
            while (bits < codeLength && pos < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[pos++];
                bits += 8;
            }
            if (bits < codeLength) break;
            var code = (bitBuffer >> (bits - codeLength)) & ((1 << codeLength) - 1);
            bits -= codeLength;
            if (code == 256)
            {
                next = 258;
                codeLength = 9;
                previous = -1;
                continue;
            }
            if (code == 257) break;
            int firstByte;
            if (code < next && (code < 256 || code >= 258))
            {
                var len = lengths[code];
                var c = code;
                for (var i = len - 1; i >= 0; i--)
                {
                    scratch[i] = suffix[c];
                    c = prefix[c];
                }
                output.Write(scratch, 0, len);
                budget.Add(len);
                firstByte = scratch[0];
            }
            else if (code == next && previous >= 0)
            {
                var len = lengths[previous];
                var c = previous;
                for (var i = len - 1; i >= 0; i--)
                {
                    scratch[i] = suffix[c];
                    c = prefix[c];
                }
                scratch[len] = scratch[0];
                output.Write(scratch, 0, len + 1);
                budget.Add(len + 1);
                firstByte = scratch[0];
            }
            else
            {
                break;
            }
            if (previous >= 0 && next < 4096)
            {
                prefix[next] = previous;
                suffix[next] = (byte)firstByte;
                lengths[next] = lengths[previous] + 1;
                next++;
            }
            previous = code;
            if (next + earlyChange >= 512 && codeLength == 9) codeLength = 10;
            else if (next + earlyChange >= 1024 && codeLength == 10) codeLength = 11;
            else if (next + earlyChange >= 2048 && codeLength == 11) codeLength = 12;
        }
        return output.ToArray();
    }

    public static byte[] AsciiHex(ReadOnlySpan<byte> input)
    {
        var output = new byte[input.Length / 2 + 1];
        var n = 0;
        var high = -1;
        foreach (var b in input)
        {
            if (b == '>') break;
            var v = PdfLexer.HexValue(b);
            if (v < 0) continue;
            if (high < 0)
            {
                high = v;
            }
            else
            {
                output[n++] = (byte)(high * 16 + v);
                high = -1;
            }
        }
        if (high >= 0) output[n++] = (byte)(high * 16);
        return output.AsSpan(0, n).ToArray();
    }

    public static byte[] Ascii85(ReadOnlySpan<byte> input)
    {
        var output = new MemoryStream(input.Length);
        Span<int> group = stackalloc int[5];
        var count = 0;
        var i = 0;
        if (input.Length >= 2 && input[0] == '<' && input[1] == '~') i = 2;
        for (; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '~') break;
            if (PdfLexer.IsWhite(b)) continue;
            if (b == 'z' && count == 0)
            {
                output.Write([0, 0, 0, 0]);
                continue;
            }
            if (b < '!' || b > 'u') continue;
            group[count++] = b - '!';
            if (count == 5)
            {
                WriteGroup(output, group, 4);
                count = 0;
            }
        }
        if (count > 1)
        {
            for (var k = count; k < 5; k++) group[k] = 84;
            WriteGroup(output, group, count - 1);
        }
        return output.ToArray();
    }

    private static void WriteGroup(MemoryStream output, Span<int> group, int bytes)
    {
        long value = 0;
        for (var k = 0; k < 5; k++) value = value * 85 + group[k];
        for (var k = 0; k < bytes; k++) output.WriteByte((byte)(value >> (24 - 8 * k)));
    }

    public static byte[] RunLength(ReadOnlySpan<byte> input, OutputBudget budget)
    {
        var output = new MemoryStream(input.Length * 2);
        var i = 0;
        while (i < input.Length)
        {
            int length = input[i++];
            if (length == 128) break;
            if (length < 128)
            {
                var n = Math.Min(length + 1, input.Length - i);
                output.Write(input.Slice(i, n));
                budget.Add(n);
                i += n;
            }
            else if (i < input.Length)
            {
                var count = 257 - length;
                budget.Add(count);
                for (var k = 0; k < count; k++) output.WriteByte(input[i]);
                i++;
            }
        }
        return output.ToArray();
    }

    /// <summary>Reverses PNG (10..15) and TIFF (2) predictors.</summary>
    public static byte[] Unpredict(byte[] data, int predictor, int colors, int bitsPerComponent, int columns)
    {
        colors = Math.Clamp(colors, 1, 32);
        bitsPerComponent = Math.Clamp(bitsPerComponent, 1, 16);
        columns = Math.Clamp(columns, 1, 1 << 20);
        var bytesPerPixel = Math.Max(1, (colors * bitsPerComponent + 7) / 8);
        var rowLength = (colors * bitsPerComponent * columns + 7) / 8;
        if (predictor == 2)
        {
            if (bitsPerComponent != 8) return data;
            var result = (byte[])data.Clone();
            for (var row = 0; row + rowLength <= result.Length; row += rowLength)
            {
                for (var k = bytesPerPixel; k < rowLength; k++) result[row + k] += result[row + k - bytesPerPixel];
            }
            return result;
        }
        if (predictor < 10) return data;
        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var prior = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var src = r * (rowLength + 1);
            var type = data[src];
            var line = output.AsSpan(r * rowLength, rowLength);
            data.AsSpan(src + 1, rowLength).CopyTo(line);
            for (var k = 0; k < rowLength; k++)
            {
                var left = k >= bytesPerPixel ? line[k - bytesPerPixel] : 0;
                var up = prior[k];
                var upLeft = k >= bytesPerPixel ? prior[k - bytesPerPixel] : 0;
                line[k] = type switch
                {
                    1 => (byte)(line[k] + left),
                    2 => (byte)(line[k] + up),
                    3 => (byte)(line[k] + ((left + up) >> 1)),
                    4 => (byte)(line[k] + Paeth(left, up, upLeft)),
                    _ => line[k],
                };
            }
            line.CopyTo(prior);
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

/// <summary>Counts bytes a decoder produces against the per-stream and per-document limits.</summary>
internal sealed class OutputBudget(ExtractionContext context)
{
    private long _stream;

    public void Reset() => _stream = 0;

    public void Add(long bytes)
    {
        _stream += bytes;
        if (_stream > context.Limits.MaxStreamBytes)
            throw new DocumentReadException(DocumentErrorCode.DecompressionLimit,
                $"A PDF stream expands to more than {context.Limits.MaxStreamBytes / (1024 * 1024)} MB.");
        context.AddDecompressed(bytes);
    }
}
