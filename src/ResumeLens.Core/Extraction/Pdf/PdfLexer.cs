using System.Globalization;
using System.Text;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>Tokenizes and parses PDF objects from a byte buffer, for both file structure and content streams.</summary>
internal sealed class PdfLexer
{
    private readonly ReadOnlyMemory<byte> _memory;
    private readonly int _maxDepth;
    // Operators and structure keywords of up to three bytes, keyed by their packed bytes, so that the
    // content-stream hot path neither allocates nor locks.
    private static readonly Dictionary<int, PdfKeyword> ShortKeywords = BuildShortKeywords();
    private static readonly object[] SmallIntegers = BuildSmallIntegers();
    private byte[] _scratch = new byte[256];

    public PdfLexer(ReadOnlyMemory<byte> data, int maxDepth)
    {
        _memory = data;
        _maxDepth = maxDepth;
    }

    public int Position { get; set; }

    public int Length => _memory.Length;

    public ReadOnlySpan<byte> Data => _memory.Span;

    public ReadOnlyMemory<byte> Memory => _memory;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);

    public void SkipWhitespace()
    {
        var d = Data;
        var p = Position;
        while (p < d.Length)
        {
            var b = d[p];
            if (IsWhite(b))
            {
                p++;
            }
            else if (b == '%')
            {
                while (p < d.Length && d[p] != '\n' && d[p] != '\r') p++;
            }
            else
            {
                break;
            }
        }
        Position = p;
    }

    /// <summary>Reads a non-negative integer at the current position; -1 when there is none.</summary>
    public long ReadUnsigned()
    {
        SkipWhitespace();
        var d = Data;
        var p = Position;
        long v = 0;
        var start = p;
        while (p < d.Length && d[p] >= '0' && d[p] <= '9' && p - start < 18)
        {
            v = v * 10 + (d[p] - '0');
            p++;
        }
        if (p == start) return -1;
        Position = p;
        return v;
    }

    /// <summary>Reads a bare keyword (letters etc.) at the current position.</summary>
    public string ReadKeyword()
    {
        SkipWhitespace();
        var d = Data;
        var start = Position;
        var p = start;
        while (p < d.Length && IsRegular(d[p])) p++;
        Position = p;
        return Encoding.ASCII.GetString(d[start..p]);
    }

    public bool TryConsume(ReadOnlySpan<byte> keyword)
    {
        SkipWhitespace();
        var d = Data;
        if (Position + keyword.Length > d.Length || !d.Slice(Position, keyword.Length).SequenceEqual(keyword)) return false;
        var end = Position + keyword.Length;
        if (end < d.Length && IsRegular(d[end])) return false;
        Position = end;
        return true;
    }

    /// <summary>
    /// Parses one object. Integers followed by "G R" become references when allowRefs is set.
    /// Returns a PdfKeyword for operators and unknown bare words; null for the null object or end of data.
    /// </summary>
    public object? ReadObject(bool allowRefs, int depth = 0)
    {
        if (depth > _maxDepth)
            throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The PDF nests arrays or dictionaries too deeply.");
        SkipWhitespace();
        var d = Data;
        if (Position >= d.Length) return null;
        var b = d[Position];
        switch (b)
        {
            case (byte)'/':
                return new PdfName(ReadNameText());
            case (byte)'(':
                return new PdfString(ReadLiteralString());
            case (byte)'<':
                if (Position + 1 < d.Length && d[Position + 1] == '<') return ReadDictionary(allowRefs, depth);
                return new PdfString(ReadHexString(), true);
            case (byte)'[':
                {
                    Position++;
                    var array = new PdfArray();
                    while (true)
                    {
                        SkipWhitespace();
                        if (Position >= Data.Length) return array;
                        if (Data[Position] == ']')
                        {
                            Position++;
                            return array;
                        }
                        var before = Position;
                        var item = ReadObject(allowRefs, depth + 1);
                        if (item is PdfKeyword k && (k.Value == "endobj" || k.Value == "stream"))
                        {
                            Position = before;
                            return array;
                        }
                        if (Position == before) Position++;
                        array.Add(item);
                    }
                }
            case (byte)']':
            case (byte)'>':
            case (byte)')':
            case (byte)'{':
            case (byte)'}':
                Position++;
                return Keyword(((char)b).ToString());
        }
        if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9'))
        {
            var number = ReadNumber(out var isInteger);
            if (allowRefs && isInteger && number >= 0)
            {
                var save = Position;
                var gen = ReadUnsigned();
                if (gen >= 0 && gen < 65536 && TryConsume("R"u8)) return new PdfRef((int)number, (int)gen);
                Position = save;
            }
            if (isInteger && Math.Abs(number) < int.MaxValue)
            {
                var i = (int)number;
                return i is >= -50 and < 1050 ? SmallIntegers[i + 50] : i;
            }
            return number;
        }
        var start = Position;
        var word = ReadBareWord();
        if (Position == start)
        {
            Position++;
            return Keyword("?");
        }
        return ReferenceEquals(word, NullMarker) ? null : word;
    }

    private static Dictionary<int, PdfKeyword> BuildShortKeywords()
    {
        const string words =
            "b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re " +
            "RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \" obj R ] > ) { } ?";
        var map = new Dictionary<int, PdfKeyword>();
        foreach (var word in words.Split(' '))
        {
            map[Pack(System.Text.Encoding.ASCII.GetBytes(word))] = new PdfKeyword(word);
        }
        return map;
    }

    private static object[] BuildSmallIntegers()
    {
        var boxes = new object[1100];
        for (var i = 0; i < boxes.Length; i++) boxes[i] = i - 50;
        return boxes;
    }

    private static int Pack(ReadOnlySpan<byte> word)
    {
        var key = word.Length;
        foreach (var b in word) key = (key << 8) | b;
        return key;
    }

    private static PdfKeyword Keyword(string word) =>
        word.Length <= 3 && ShortKeywords.TryGetValue(Pack(System.Text.Encoding.ASCII.GetBytes(word)), out var k) ? k : new PdfKeyword(word);

    private object ReadBareWord()
    {
        var d = Data;
        var start = Position;
        var p = start;
        while (p < d.Length && IsRegular(d[p])) p++;
        Position = p;
        var word = d[start..p];
        if (word.Length <= 3 && ShortKeywords.TryGetValue(Pack(word), out var known)) return known;
        if (word.SequenceEqual("true"u8)) return true;
        if (word.SequenceEqual("false"u8)) return false;
        if (word.SequenceEqual("null"u8)) return NullMarker;
        return new PdfKeyword(Encoding.ASCII.GetString(word));
    }

    private static readonly object NullMarker = new();

    private PdfDictionary ReadDictionary(bool allowRefs, int depth)
    {
        Position += 2;
        var dict = new PdfDictionary();
        while (true)
        {
            SkipWhitespace();
            var d = Data;
            if (Position >= d.Length) return dict;
            if (d[Position] == '>')
            {
                Position += Position + 1 < d.Length && d[Position + 1] == '>' ? 2 : 1;
                return dict;
            }
            if (d[Position] != '/')
            {
                // A stray token inside a dictionary: stop at structure keywords, skip anything else.
                var before = Position;
                var junk = ReadObject(allowRefs, depth + 1);
                if (junk is PdfKeyword k && (k.Value == "endobj" || k.Value == "stream" || k.Value == "obj"))
                {
                    Position = before;
                    return dict;
                }
                if (Position == before) Position++;
                continue;
            }
            var key = ReadNameText();
            SkipWhitespace();
            if (Position < Data.Length && Data[Position] == '>') continue;
            var value = ReadObject(allowRefs, depth + 1);
            if (value is PdfKeyword kw && (kw.Value == "endobj" || kw.Value == "stream"))
            {
                return dict;
            }
            dict[key] = value;
        }
    }

    public string ReadNameText()
    {
        var d = Data;
        Position++;
        var start = Position;
        var p = start;
        var hasEscape = false;
        while (p < d.Length && IsRegular(d[p]))
        {
            if (d[p] == '#') hasEscape = true;
            p++;
        }
        Position = p;
        var raw = d[start..p];
        if (!hasEscape) return Encoding.Latin1.GetString(raw);
        var bytes = new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && HexValue(raw[i + 1]) >= 0 && HexValue(raw[i + 2]) >= 0)
            {
                bytes[n++] = (byte)(HexValue(raw[i + 1]) * 16 + HexValue(raw[i + 2]));
                i += 2;
            }
            else
            {
                bytes[n++] = raw[i];
            }
        }
        return Encoding.UTF8.GetString(bytes, 0, n);
    }

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public double ReadNumber(out bool isInteger)
    {
        var d = Data;
        var p = Position;
        var negative = false;
        while (p < d.Length && (d[p] == '+' || d[p] == '-'))
        {
            if (d[p] == '-') negative = !negative;
            p++;
        }
        long intPart = 0;
        double value = 0;
        var digits = 0;
        while (p < d.Length && d[p] >= '0' && d[p] <= '9')
        {
            if (digits < 18) intPart = intPart * 10 + (d[p] - '0');
            digits++;
            p++;
        }
        value = intPart;
        isInteger = true;
        if (p < d.Length && d[p] == '.')
        {
            isInteger = false;
            p++;
            double scale = 0.1;
            while (p < d.Length && d[p] >= '0' && d[p] <= '9')
            {
                value += (d[p] - '0') * scale;
                scale *= 0.1;
                p++;
            }
        }
        // Tolerate junk such as "0.0.1" or "12-3" the way viewers do: stop at the first non-number byte.
        while (p < d.Length && IsRegular(d[p]) && (d[p] == '.' || d[p] == '-' || (d[p] >= '0' && d[p] <= '9'))) p++;
        Position = p;
        return negative ? -value : value;
    }

    public byte[] ReadLiteralString()
    {
        var d = Data;
        var p = Position + 1;
        var result = _scratch;
        var n = 0;
        var nesting = 1;
        while (p < d.Length)
        {
            var c = d[p++];
            if (c == '\\')
            {
                if (p >= d.Length) break;
                var e = d[p++];
                switch (e)
                {
                    case (byte)'n': Add(ref result, ref n, 10); break;
                    case (byte)'r': Add(ref result, ref n, 13); break;
                    case (byte)'t': Add(ref result, ref n, 9); break;
                    case (byte)'b': Add(ref result, ref n, 8); break;
                    case (byte)'f': Add(ref result, ref n, 12); break;
                    case (byte)'\r':
                        if (p < d.Length && d[p] == '\n') p++;
                        break;
                    case (byte)'\n':
                        break;
                    default:
                        if (e >= '0' && e <= '7')
                        {
                            var v = e - '0';
                            for (var k = 0; k < 2 && p < d.Length && d[p] >= '0' && d[p] <= '7'; k++) v = v * 8 + (d[p++] - '0');
                            Add(ref result, ref n, (byte)v);
                        }
                        else
                        {
                            Add(ref result, ref n, e);
                        }
                        break;
                }
                continue;
            }
            if (c == '(') nesting++;
            else if (c == ')' && --nesting == 0) break;
            Add(ref result, ref n, c);
        }
        Position = p;
        _scratch = result;
        return result.AsSpan(0, n).ToArray();
    }

    private static void Add(ref byte[] buffer, ref int count, int value)
    {
        if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        buffer[count++] = (byte)value;
    }

    public byte[] ReadHexString()
    {
        var d = Data;
        var p = Position + 1;
        var result = new List<byte>(32);
        var high = -1;
        while (p < d.Length && d[p] != '>')
        {
            var v = HexValue(d[p++]);
            if (v < 0) continue;
            if (high < 0)
            {
                high = v;
            }
            else
            {
                result.Add((byte)(high * 16 + v));
                high = -1;
            }
        }
        if (high >= 0) result.Add((byte)(high * 16));
        Position = Math.Min(p + 1, d.Length);
        return [.. result];
    }

    public static string Ascii(ReadOnlySpan<byte> s) => Encoding.ASCII.GetString(s);

    public static double ToDouble(object? o) => o switch
    {
        int i => i,
        double d => d,
        long l => l,
        _ => 0,
    };

    public static string Invariant(double d) => d.ToString(CultureInfo.InvariantCulture);
}
