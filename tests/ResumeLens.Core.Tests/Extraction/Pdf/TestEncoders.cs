namespace ResumeLens.Core.Tests.Extraction.Pdf;

/// <summary>Encoders for the PDF filters, written independently of the decoders they test.</summary>
internal static class TestEncoders
{
    public static byte[] PngPaeth(byte[] data, int columns)
    {
        var rows = (data.Length + columns - 1) / columns;
        var padded = new byte[rows * columns];
        data.CopyTo(padded, 0);
        var output = new List<byte>();
        for (var r = 0; r < rows; r++)
        {
            output.Add(4);
            for (var k = 0; k < columns; k++)
            {
                int a = k > 0 ? padded[r * columns + k - 1] : 0;
                int b = r > 0 ? padded[(r - 1) * columns + k] : 0;
                int c = k > 0 && r > 0 ? padded[(r - 1) * columns + k - 1] : 0;
                var p = a + b - c;
                int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                var predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                output.Add((byte)(padded[r * columns + k] - predicted));
            }
        }
        return [.. output];
    }

    public static byte[] Tiff(byte[] data, int columns)
    {
        var output = (byte[])data.Clone();
        for (var i = data.Length - 1; i >= 0; i--)
        {
            if (i % columns != 0 && i < data.Length / columns * columns) output[i] = (byte)(data[i] - data[i - 1]);
        }
        // A trailing partial row is not a row of pixels: it stays as is, as in the decoder.
        return output;
    }

    public static byte[] Lzw(byte[] data, int earlyChange)
    {
        var table = new Dictionary<string, int>();
        for (var i = 0; i < 256; i++) table[((char)i).ToString()] = i;
        var next = 258;
        var width = 9;
        var bits = new List<bool>();
        void Emit(int code)
        {
            for (var b = width - 1; b >= 0; b--) bits.Add(((code >> b) & 1) == 1);
        }
        Emit(256);
        var w = "";
        foreach (var ch in data.Select(b => (char)b))
        {
            var wc = w + ch;
            if (table.ContainsKey(wc))
            {
                w = wc;
                continue;
            }
            Emit(table[w]);
            table[wc] = next++;
            w = ch.ToString();
            if (next + earlyChange > (1 << width) && width < 12) width++;
            if (next >= 4000)
            {
                Emit(table[w]);
                Emit(256);
                table.Clear();
                for (var i = 0; i < 256; i++) table[((char)i).ToString()] = i;
                next = 258;
                width = 9;
                w = "";
            }
        }
        if (w.Length > 0) Emit(table[w]);
        Emit(257);
        var output = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i]) output[i / 8] |= (byte)(0x80 >> (i % 8));
        }
        return output;
    }

    public static byte[] Ascii85(byte[] data)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++) value = (value << 8) | (k < n ? data[i + k] : 0u);
            if (value == 0 && n == 4)
            {
                sb.Append('z');
                continue;
            }
            var chars = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                chars[k] = (char)('!' + value % 85);
                value /= 85;
            }
            sb.Append(chars, 0, n + 1);
        }
        sb.Append("~>");
        return System.Text.Encoding.ASCII.GetBytes(sb.ToString());
    }

    public static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && data[i + run] == data[i] && run < 128) run++;
            if (run >= 2)
            {
                output.Add((byte)(257 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }
            var start = i;
            while (i < data.Length && i - start < 128 && !(i + 1 < data.Length && data[i + 1] == data[i])) i++;
            if (i == start) i++;
            output.Add((byte)(i - start - 1));
            output.AddRange(data.AsSpan(start, i - start).ToArray());
        }
        output.Add(128);
        return [.. output];
    }
}
