using System.Globalization;
using System.Text;
using ResumeLens.Core.Extraction.Text;

namespace ResumeLens.Core.Extraction.Rtf;

/// <summary>
/// Reads Rich Text Format: paragraphs, tables (\cell, \row), list markers (\pntext, \listtext), text
/// boxes (\shptxt), headers and footers, \info metadata, code pages and Unicode escapes. Hidden (\v)
/// and white text go to hidden spans.
/// </summary>
public static class RtfReader
{
    public static ExtractedDocument Read(ReadOnlyMemory<byte> data, ExtractionContext context) => new Parser(data, context).Run();

    private enum Destination
    {
        Body,
        Skip,
        Info,
        Title,
        Author,
        CreateTime,
        RevisionTime,
        FontTable,
        ColorTable,
        StyleSheet,
        ListText,
        FieldInstruction,
        Header,
        Footer,
        ShapeInstruction,
    }

    private struct GroupState
    {
        public Destination Destination;
        public int UnicodeSkip;
        public bool Bold;
        public bool Italic;
        public bool Vanish;
        public int HalfPoints;
        public int ColorIndex;
        public int Font;
    }

    private sealed class Field(int depth)
    {
        public int Depth { get; } = depth;
        public StringBuilder Instruction { get; } = new();
        public StringBuilder Shown { get; } = new();
    }

    private sealed class Parser(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        private readonly FlowDocumentBuilder _builder = new(context);
        private readonly Stack<GroupState> _stack = new();
        private readonly List<byte> _pendingBytes = [];
        private readonly StringBuilder _collect = new();
        private readonly Dictionary<int, int> _fontCodePages = [];
        private readonly Dictionary<int, string> _styleNames = [];
        private readonly List<int> _colors = [];
        private readonly List<Field> _fields = [];
        private readonly StringBuilder _title = new();
        private readonly StringBuilder _author = new();
        private readonly int[] _time = new int[5];
        private GroupState _state = new() { HalfPoints = 24, UnicodeSkip = 1 };
        private Encoding _defaultEncoding = TextDecoding.Windows1252;
        private Encoding _encoding = TextDecoding.Windows1252;
        private DateTimeOffset? _created;
        private DateTimeOffset? _modified;
        private bool _ignorableNext;
        private bool _inTable;
        private bool _rowOpen;
        private bool _cellOpen;
        private bool _paragraphIsHeading;
        private string? _listMarker;
        private int _skipChars;
        private int _entryIndex = -1;
        private int _entryCharset = -1;
        private int _red;
        private int _green;
        private int _blue;
        private int _defaultFont;

        public ExtractedDocument Run()
        {
            var s = data.Span;
            var i = 0;
            while (i < s.Length && s[i] != '{') i++;
            if (!s[i..].StartsWith(@"{\rtf"u8))
                throw new DocumentReadException(DocumentErrorCode.Corrupt, "The RTF file does not start with an {\\rtf header.");
            var nextCheck = 0;
            while (i < s.Length)
            {
                if (i >= nextCheck)
                {
                    context.CheckBudget();
                    nextCheck = i + 65536;
                }
                var c = s[i];
                switch (c)
                {
                    case (byte)'{':
                        FlushBytes();
                        if (_stack.Count >= context.Limits.MaxNestingDepth)
                            throw new DocumentReadException(DocumentErrorCode.NestingTooDeep,
                                $"The RTF groups are nested more than {context.Limits.MaxNestingDepth} levels deep.");
                        _stack.Push(_state);
                        _skipChars = 0;
                        i++;
                        break;
                    case (byte)'}':
                        FlushBytes();
                        EndGroup();
                        i++;
                        break;
                    case (byte)'\\':
                        i = ControlWord(s, i);
                        break;
                    case (byte)'\r' or (byte)'\n':
                        i++;
                        break;
                    default:
                        if (_skipChars > 0)
                        {
                            _skipChars--;
                        }
                        else if (c == '\t')
                        {
                            FlushBytes();
                            Tab();
                        }
                        else if (_state.Destination != Destination.Skip)
                        {
                            _pendingBytes.Add(c);
                        }
                        i++;
                        break;
                }
            }
            FlushBytes();
            CloseRow();
            var metadata = new DocumentMetadata(Blank(_title), Blank(_author), _created, _modified);
            return _builder.Build(SourceFormat.Rtf, metadata);
        }

        private static string? Blank(StringBuilder sb)
        {
            var s = sb.ToString().Trim();
            return s.Length == 0 ? null : s;
        }

        private int ControlWord(ReadOnlySpan<byte> s, int i)
        {
            i++;
            if (i >= s.Length) return i;
            var c = s[i];
            if (!char.IsAsciiLetter((char)c))
            {
                // Control symbol.
                if (c == '\'')
                {
                    if (TryHex(s, i + 1, out var b))
                    {
                        if (_skipChars > 0) _skipChars--;
                        else _pendingBytes.Add(b);
                        return i + 3;
                    }
                    return i + 1;
                }
                FlushBytes();
                switch (c)
                {
                    case (byte)'*':
                        _ignorableNext = true;
                        break;
                    case (byte)'\\' or (byte)'{' or (byte)'}':
                        Char((char)c);
                        break;
                    case (byte)'~':
                        Char(' ');
                        break;
                    case (byte)'_':
                        Char('-');
                        break;
                    case (byte)'\r' or (byte)'\n':
                        Paragraph();
                        break;
                    case (byte)'\t':
                        Tab();
                        break;
                }
                return i + 1;
            }

            var start = i;
            while (i < s.Length && i - start < 32 && char.IsAsciiLetter((char)s[i])) i++;
            var word = Encoding.ASCII.GetString(s[start..i]);
            int? param = null;
            var numberStart = i;
            if (i < s.Length && s[i] == '-') i++;
            while (i < s.Length && i - numberStart < 11 && char.IsAsciiDigit((char)s[i])) i++;
            if (i > numberStart && !(i == numberStart + 1 && s[numberStart] == '-')
                && int.TryParse(Encoding.ASCII.GetString(s[numberStart..i]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                param = n;
            else
                i = numberStart;
            if (i < s.Length && s[i] == ' ') i++;

            if (word == "bin")
            {
                // Raw binary data follows; skip it without interpreting.
                FlushBytes();
                var length = Math.Max(0, param ?? 0);
                return (int)Math.Min(s.Length, (long)i + length);
            }
            if (_skipChars > 0 && word != "u")
            {
                _skipChars--;
                return i;
            }
            FlushBytes();
            Word(word, param);
            return i;
        }

        private static bool TryHex(ReadOnlySpan<byte> s, int at, out byte value)
        {
            value = 0;
            if (at + 1 >= s.Length) return false;
            var hi = HexDigit(s[at]);
            var lo = HexDigit(s[at + 1]);
            if (hi < 0 || lo < 0) return false;
            value = (byte)(hi * 16 + lo);
            return true;
        }

        private static int HexDigit(byte b) => b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            _ => -1,
        };

        private void Word(string word, int? param)
        {
            var ignorable = _ignorableNext;
            _ignorableNext = false;
            var destination = DestinationOf(word);
            if (destination is { } d)
            {
                SetDestination(d, word);
                return;
            }
            if (ignorable)
            {
                // \* before an unknown destination: readers that do not understand it must skip the group.
                _state.Destination = Destination.Skip;
                return;
            }
            if (_state.Destination == Destination.Skip) return;

            switch (word)
            {
                case "ansicpg":
                    if (param is { } cp && TextDecoding.CodePage(cp) is { } enc) _defaultEncoding = _encoding = enc;
                    break;
                case "mac":
                    _defaultEncoding = _encoding = TextDecoding.CodePage(10000) ?? _defaultEncoding;
                    break;
                case "pc":
                    _defaultEncoding = _encoding = TextDecoding.CodePage(437) ?? _defaultEncoding;
                    break;
                case "pca":
                    _defaultEncoding = _encoding = TextDecoding.CodePage(850) ?? _defaultEncoding;
                    break;
                case "deff":
                    _defaultFont = param ?? 0;
                    break;
                case "uc":
                    _state.UnicodeSkip = Math.Clamp(param ?? 1, 0, 16);
                    break;
                case "u":
                    if (param is { } code)
                    {
                        Char((char)(code < 0 ? code + 65536 : code));
                        _skipChars = _state.UnicodeSkip;
                    }
                    break;
                case "par":
                    Paragraph();
                    break;
                case "sect":
                    Paragraph();
                    break;
                case "line" or "page":
                    LineBreak();
                    break;
                case "tab":
                    Tab();
                    break;
                case "cell" or "nestcell":
                    Cell();
                    break;
                case "row" or "nestrow":
                    CloseRow();
                    break;
                case "intbl":
                    _inTable = true;
                    break;
                case "pard":
                    _inTable = false;
                    _paragraphIsHeading = false;
                    break;
                case "s":
                    if (_state.Destination == Destination.StyleSheet) _entryIndex = param ?? 0;
                    else if (param is { } styleIndex && _styleNames.TryGetValue(styleIndex, out var styleName) && IsHeadingName(styleName)) _paragraphIsHeading = true;
                    break;
                case "outlinelevel":
                    if (param is >= 0 and < 9) _paragraphIsHeading = true;
                    break;
                case "plain":
                    _state.Bold = _state.Italic = _state.Vanish = false;
                    _state.HalfPoints = 24;
                    _state.ColorIndex = 0;
                    SelectFont(_defaultFont);
                    break;
                case "b":
                    _state.Bold = param != 0;
                    break;
                case "i":
                    _state.Italic = param != 0;
                    break;
                case "v":
                    _state.Vanish = param != 0;
                    break;
                case "fs":
                    _state.HalfPoints = Math.Max(0, param ?? 24);
                    break;
                case "cf":
                    _state.ColorIndex = param ?? 0;
                    break;
                case "f":
                    if (_state.Destination == Destination.FontTable) _entryIndex = param ?? 0;
                    else SelectFont(param ?? 0);
                    break;
                case "fcharset":
                    _entryCharset = param ?? 0;
                    break;
                case "red":
                    _red = param ?? 0;
                    break;
                case "green":
                    _green = param ?? 0;
                    break;
                case "blue":
                    _blue = param ?? 0;
                    break;
                case "yr":
                    _time[0] = param ?? 0;
                    break;
                case "mo":
                    _time[1] = param ?? 0;
                    break;
                case "dy":
                    _time[2] = param ?? 0;
                    break;
                case "hr":
                    _time[3] = param ?? 0;
                    break;
                case "min":
                    _time[4] = param ?? 0;
                    break;
                case "field":
                    _fields.Add(new Field(_stack.Count));
                    break;
                case "emdash":
                    Char('—');
                    break;
                case "endash":
                    Char('–');
                    break;
                case "bullet":
                    Char('•');
                    break;
                case "lquote":
                    Char('‘');
                    break;
                case "rquote":
                    Char('’');
                    break;
                case "ldblquote":
                    Char('“');
                    break;
                case "rdblquote":
                    Char('”');
                    break;
                case "emspace" or "enspace" or "qmspace":
                    Char(' ');
                    break;
            }
        }

        private static Destination? DestinationOf(string word) => word switch
        {
            "fonttbl" => Destination.FontTable,
            "colortbl" => Destination.ColorTable,
            "stylesheet" => Destination.StyleSheet,
            "info" => Destination.Info,
            "title" => Destination.Title,
            "author" => Destination.Author,
            "creatim" => Destination.CreateTime,
            "revtim" => Destination.RevisionTime,
            "pntext" or "listtext" => Destination.ListText,
            "fldinst" => Destination.FieldInstruction,
            "fldrslt" => Destination.Body,
            "header" or "headerl" or "headerr" or "headerf" => Destination.Header,
            "footer" or "footerl" or "footerr" or "footerf" => Destination.Footer,
            "shpinst" => Destination.ShapeInstruction,
            "shptxt" => Destination.Body,
            "pict" or "object" or "objdata" or "themedata" or "colorschememapping" or "datastore" or "latentstyles" or "listtable"
                or "listoverridetable" or "rsidtbl" or "generator" or "xmlnstbl" or "mmathPr" or "filetbl" or "revtbl" or "pgdsctbl"
                or "pn" or "pntxtb" or "pntxta" or "footnote" or "annotation" or "atnid" or "atnauthor" or "bkmkstart" or "bkmkend"
                or "nonesttables" or "xe" or "tc" or "sp" or "shprslt" or "operator" or "company" or "doccomm" or "comment"
                or "subject" or "keywords" or "category" or "manager" or "hlinkbase" or "printim" or "buptim" or "userprops"
                or "template" or "fchars" or "lchars" or "wgrffmtfilter" or "docvar" or "passwordhash" or "protusertbl" => Destination.Skip,
            _ => null,
        };

        private void SetDestination(Destination destination, string word)
        {
            var current = _state.Destination;
            // Skipped groups stay skipped; info fields only count inside \info; shape text only inside \shpinst.
            if (current == Destination.Skip) return;
            if (destination is Destination.Title or Destination.Author or Destination.CreateTime or Destination.RevisionTime && current != Destination.Info)
            {
                _state.Destination = Destination.Skip;
                return;
            }
            if (word == "shptxt" && current != Destination.ShapeInstruction)
            {
                _state.Destination = Destination.Skip;
                return;
            }
            if (word == "fldrslt")
            {
                _state.Destination = current is Destination.Header or Destination.Footer ? current : Destination.Body;
                return;
            }
            if (destination == Destination.ListText)
            {
                _collect.Clear();
            }
            else if (destination is Destination.CreateTime or Destination.RevisionTime)
            {
                Array.Clear(_time);
            }
            else if (destination is Destination.FontTable or Destination.StyleSheet)
            {
                StartEntry();
            }
            else if (destination is Destination.Header or Destination.Footer)
            {
                _builder.EndBlock();
            }
            _state.Destination = destination;
        }

        private void StartEntry()
        {
            _collect.Clear();
            _entryIndex = -1;
            _entryCharset = -1;
        }

        private void EndGroup()
        {
            if (_stack.Count == 0) return;
            var ending = _state;
            _state = _stack.Pop();
            _skipChars = 0;
            _ignorableNext = false;

            switch (ending.Destination)
            {
                case Destination.ListText when _state.Destination != Destination.ListText:
                    {
                        var marker = _collect.ToString().Trim();
                        _collect.Clear();
                        // Word writes the rendered bullet here (often a Symbol-font glyph); numbers are kept as written.
                        _listMarker = marker.Length > 0 && char.IsLetterOrDigit(marker[0]) ? marker + " " : "• ";
                        break;
                    }
                case Destination.CreateTime or Destination.RevisionTime when _state.Destination != ending.Destination:
                    {
                        var stamp = Stamp();
                        if (ending.Destination == Destination.CreateTime) _created = stamp;
                        else _modified = stamp;
                        break;
                    }
                case Destination.Header or Destination.Footer when _state.Destination != ending.Destination:
                    _builder.EndBlock();
                    break;
            }
            if (_fields.Count > 0 && _fields[^1].Depth > _stack.Count)
            {
                var field = _fields[^1];
                _fields.RemoveAt(_fields.Count - 1);
                var url = HyperlinkTarget(field.Instruction.ToString());
                var shown = field.Shown.ToString().Trim();
                if (url is not null && shown.Length > 0 && !MarkdownReader.SameTarget(shown, url)) Output(" (" + url + ")");
            }
            SelectFont(_state.Font);
        }

        private DateTimeOffset? Stamp()
        {
            var (y, mo, d, h, mi) = (_time[0], _time[1], _time[2], _time[3], _time[4]);
            if (y is < 1900 or > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo) || h is < 0 or > 23 || mi is < 0 or > 59) return null;
            return new DateTimeOffset(y, mo, d, h, mi, 0, TimeSpan.Zero);
        }

        private static string? HyperlinkTarget(string instruction)
        {
            var s = instruction.AsSpan().Trim();
            if (!s.StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase)) return null;
            s = s[9..].Trim();
            if (s.StartsWith("\\l")) return null;
            if (s.StartsWith('"'))
            {
                var end = s[1..].IndexOf('"');
                return end > 0 ? s.Slice(1, end).ToString() : null;
            }
            var space = s.IndexOf(' ');
            var url = (space > 0 ? s[..space] : s).ToString();
            return url.Length > 0 ? url : null;
        }

        private void SelectFont(int font)
        {
            _state.Font = font;
            _encoding = _fontCodePages.TryGetValue(font, out var cp) && TextDecoding.CodePage(cp) is { } enc ? enc : _defaultEncoding;
        }

        private void FlushBytes()
        {
            if (_pendingBytes.Count == 0) return;
            var bytes = _pendingBytes.ToArray();
            _pendingBytes.Clear();
            Output(_encoding.GetString(bytes));
        }

        private void Char(char c) => Output(c.ToString());

        /// <summary>Routes decoded text to the current destination.</summary>
        private void Output(string text)
        {
            switch (_state.Destination)
            {
                case Destination.Skip or Destination.Info or Destination.CreateTime or Destination.RevisionTime or Destination.ShapeInstruction:
                    return;
                case Destination.Title:
                    if (_title.Length < 1000) _title.Append(text);
                    return;
                case Destination.Author:
                    if (_author.Length < 1000) _author.Append(text);
                    return;
                case Destination.ListText:
                    _collect.Append(text);
                    return;
                case Destination.FieldInstruction:
                    if (_fields.Count > 0 && _fields[^1].Instruction.Length < 4096) _fields[^1].Instruction.Append(text);
                    return;
                case Destination.FontTable or Destination.StyleSheet or Destination.ColorTable:
                    TableEntryText(text);
                    return;
            }

            var hidden = Hidden();
            if (hidden is { } reason)
            {
                _builder.Hidden(text, reason);
                return;
            }
            if (string.IsNullOrWhiteSpace(text) && _builder.BlockIsEmpty && _listMarker is null) return;
            BeforeText();
            if (_listMarker is { } marker)
            {
                _builder.Text(marker, Style());
                _listMarker = null;
            }
            _builder.Text(text, Style());
            foreach (var field in _fields)
            {
                if (field.Shown.Length < 4096) field.Shown.Append(text);
            }
        }

        private void TableEntryText(string text)
        {
            foreach (var ch in text)
            {
                if (ch != ';')
                {
                    if (_collect.Length < 256) _collect.Append(ch);
                    continue;
                }
                switch (_state.Destination)
                {
                    case Destination.FontTable:
                        if (_entryIndex >= 0 && CodePageOfCharset(_entryCharset) is { } cp) _fontCodePages[_entryIndex] = cp;
                        break;
                    case Destination.StyleSheet:
                        if (_entryIndex >= 0) _styleNames[_entryIndex] = _collect.ToString().Trim();
                        break;
                    case Destination.ColorTable:
                        _colors.Add((_red << 16) | (_green << 8) | _blue);
                        _red = _green = _blue = 0;
                        break;
                }
                StartEntry();
            }
        }

        private static int? CodePageOfCharset(int charset) => charset switch
        {
            0 => 1252,
            77 => 10000,
            128 => 932,
            129 => 949,
            134 => 936,
            136 => 950,
            161 => 1253,
            162 => 1254,
            163 => 1258,
            177 => 1255,
            178 => 1256,
            186 => 1257,
            204 => 1251,
            222 => 874,
            238 => 1250,
            _ => null,
        };

        private static bool IsHeadingName(string name) =>
            name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);

        private HiddenTextReason? Hidden()
        {
            if (_state.Vanish) return HiddenTextReason.Vanished;
            // Entry 0 of the color table is "auto" (the empty entry before the first ';').
            if (_state.ColorIndex > 0 && _state.ColorIndex < _colors.Count && _colors[_state.ColorIndex] == 0xFFFFFF) return HiddenTextReason.BackgroundColor;
            if (_state.HalfPoints is > 0 and < 4) return HiddenTextReason.TinyFont;
            return null;
        }

        private RunStyle Style() => new(_state.HalfPoints / 2.0, _state.Bold, _state.Italic);

        /// <summary>Opens table rows and cells lazily and sets the block kind once text actually arrives.</summary>
        private void BeforeText()
        {
            if (_state.Destination == Destination.Body)
            {
                if (_inTable && !_rowOpen)
                {
                    _builder.BeginRow();
                    _rowOpen = true;
                }
                else if (!_inTable && _rowOpen)
                {
                    CloseRow();
                }
                if (_rowOpen && !_cellOpen)
                {
                    _builder.BeginCell();
                    _cellOpen = true;
                }
            }
            if (!_builder.BlockIsEmpty) return;
            var kind = _state.Destination switch
            {
                Destination.Header => BlockKind.Header,
                Destination.Footer => BlockKind.Footer,
                _ when _paragraphIsHeading => BlockKind.Heading,
                _ when _listMarker is not null => BlockKind.ListItem,
                _ => BlockKind.Paragraph,
            };
            _builder.SetKind(kind);
        }

        private void Paragraph()
        {
            if (_state.Destination is Destination.Skip or Destination.FontTable or Destination.ColorTable or Destination.StyleSheet or Destination.Info) return;
            _listMarker = null;
            _builder.EndBlock();
        }

        private void LineBreak()
        {
            if (_state.Destination is Destination.Body or Destination.Header or Destination.Footer && Hidden() is null) _builder.LineBreak();
        }

        private void Tab()
        {
            if (_state.Destination is Destination.Body or Destination.Header or Destination.Footer && Hidden() is null)
            {
                if (_listMarker is not null) return; // the tab after a list marker
                _builder.Tab();
            }
            else if (_state.Destination == Destination.ListText)
            {
                _collect.Append(' ');
            }
        }

        private void Cell()
        {
            if (_state.Destination != Destination.Body) return;
            _listMarker = null;
            if (!_rowOpen)
            {
                _builder.BeginRow();
                _rowOpen = true;
            }
            if (!_cellOpen) _builder.BeginCell();
            _builder.EndCell();
            _cellOpen = false;
        }

        private void CloseRow()
        {
            if (!_rowOpen) return;
            if (_cellOpen) _builder.EndCell();
            _builder.EndRow();
            _rowOpen = _cellOpen = false;
        }
    }
}
