using System.Text;

namespace ResumeLens.Core.Extraction.Text;

/// <summary>Typography of a run of text, as far as the source format states it (0 font size = unknown).</summary>
internal readonly record struct RunStyle(double FontSize = 0, bool Bold = false, bool Italic = false, int? ColorRgb = null, string? FontName = null)
{
    public static readonly RunStyle Plain = new();
}

/// <summary>
/// Assembles the result model for flowing formats (DOCX, ODT, RTF, HTML, text): one page of blocks,
/// lines and words without positions. Whitespace is collapsed the way a renderer would show it.
/// </summary>
/// <remarks>
/// Tables: a row whose cells each hold at most one line becomes one <see cref="BlockKind.TableRow"/>
/// line with the cells joined by <see cref="CellSeparator"/>. A row with a multi-paragraph cell is a
/// layout table (sidebars, two-column resumes), so its cells' blocks are emitted one cell after another.
/// </remarks>
internal sealed class FlowDocumentBuilder
{
    /// <summary>Separator between cells of a simple table row, chosen to survive plain-text output.</summary>
    public const string CellSeparator = " | ";

    private readonly ExtractionContext _context;
    private readonly List<TextBlock> _body = [];
    private readonly List<HiddenTextSpan> _hidden = [];
    private readonly List<string> _warnings = [];
    private readonly Stack<RowState> _rows = new();
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _word = new();
    private readonly StringBuilder _hiddenText = new();
    private List<TextBlock> _target;
    private List<TextWord> _words = [];
    private List<TextLine> _lines = [];
    private BlockKind _kind = BlockKind.Paragraph;
    private RunStyle _wordStyle;
    private HiddenTextReason _hiddenReason;
    private char _pendingSpace;
    private int _calls;

    public FlowDocumentBuilder(ExtractionContext context)
    {
        _context = context;
        _target = _body;
    }

    public ExtractionContext Context => _context;

    /// <summary>True when the current block has no text yet.</summary>
    public bool BlockIsEmpty => _lines.Count == 0 && _line.Length == 0 && _word.Length == 0;

    /// <summary>Ends the current block and starts a new one of <paramref name="kind"/>.</summary>
    public void StartBlock(BlockKind kind)
    {
        EndBlock();
        _kind = kind;
    }

    /// <summary>Changes the kind of the current block (for example once a list marker is seen).</summary>
    public void SetKind(BlockKind kind) => _kind = kind;

    public void Text(string? text, in RunStyle style)
    {
        if (string.IsNullOrEmpty(text)) return;
        Text(text.AsSpan(), style);
    }

    public void Text(ReadOnlySpan<char> text, in RunStyle style)
    {
        if ((++_calls & 1023) == 0) _context.CheckBudget();
        FlushHidden();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    LineBreak();
                    break;
                case '\t':
                    EndWord();
                    _pendingSpace = '\t';
                    break;
                case '\r':
                case '\u00AD': // soft hyphen: invisible unless the line breaks there
                case '\u200B':
                case '\u200C':
                case '\u200D':
                case '\uFEFF':
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        EndWord();
                        if (_pendingSpace == '\0') _pendingSpace = ' ';
                    }
                    else if (c < ' ' || (c >= '\u007F' && c < '\u00A0'))
                    {
                        // Control characters carry no text; leaving them in would corrupt plain-text output.
                    }
                    else
                    {
                        if (_pendingSpace != '\0')
                        {
                            if (_line.Length > 0) _line.Append(_pendingSpace);
                            _pendingSpace = '\0';
                        }
                        if (_word.Length == 0) _wordStyle = style;
                        _word.Append(c);
                        _line.Append(c);
                    }
                    break;
            }
        }
    }

    public void Tab()
    {
        EndWord();
        _pendingSpace = '\t';
    }

    /// <summary>Ends the current line; the block continues, unless the line was empty (a blank line separates blocks).</summary>
    public void LineBreak()
    {
        EndWord();
        if (_line.Length == 0 && _lines.Count > 0)
        {
            // Two breaks in a row are how many documents separate paragraphs inside one paragraph element.
            var kind = _kind is BlockKind.Header or BlockKind.Footer or BlockKind.TextBox ? _kind : BlockKind.Paragraph;
            EndBlock();
            _kind = kind;
            return;
        }
        EndLine();
    }

    private void EndLine()
    {
        EndWord();
        if (_line.Length > 0)
        {
            _lines.Add(new TextLine(_line.ToString(), _words, Box.Empty));
            _words = [];
        }
        _line.Clear();
        _pendingSpace = '\0';
    }

    /// <summary>Ends the current block, dropping it if it holds no text.</summary>
    public void EndBlock()
    {
        EndLine();
        FlushHidden();
        if (_lines.Count > 0)
        {
            _target.Add(new TextBlock(_lines, _kind, Box.Empty));
            _lines = [];
            _context.CheckBudget();
        }
        _kind = BlockKind.Paragraph;
    }

    /// <summary>Records text that is in the file but invisible; consecutive pieces of the same reason merge.</summary>
    public void Hidden(ReadOnlySpan<char> text, HiddenTextReason reason)
    {
        if (text.IsEmpty) return;
        if (_hiddenText.Length > 0 && reason != _hiddenReason) FlushHidden();
        _hiddenReason = reason;
        _hiddenText.Append(text);
    }

    /// <summary>Closes the current hidden span so the next hidden text starts a new one.</summary>
    public void EndHiddenSpan() => FlushHidden();

    public void Warn(string message)
    {
        if (_warnings.Count < 100 && !_warnings.Contains(message)) _warnings.Add(message);
    }

    public void BeginRow()
    {
        EndBlock();
        if (_rows.Count >= _context.Limits.MaxNestingDepth)
            throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "Tables are nested deeper than the reader allows.");
        _rows.Push(new RowState(_target));
    }

    public void BeginCell()
    {
        EndBlock();
        if (_rows.Count == 0) return;
        var cell = new List<TextBlock>();
        _rows.Peek().Cells.Add(cell);
        _target = cell;
    }

    public void EndCell()
    {
        EndBlock();
        if (_rows.Count == 0) return;
        _target = _rows.Peek().Outer;
    }

    public void EndRow()
    {
        EndBlock();
        if (_rows.Count == 0) return;
        var row = _rows.Pop();
        _target = row.Outer;
        var simple = true;
        foreach (var cell in row.Cells)
        {
            if (cell.Count > 1 || (cell.Count == 1 && cell[0].Lines.Count > 1))
            {
                simple = false;
                break;
            }
        }
        if (!simple)
        {
            foreach (var cell in row.Cells) _target.AddRange(cell);
            return;
        }
        var text = new StringBuilder();
        var words = new List<TextWord>();
        foreach (var cell in row.Cells)
        {
            if (cell.Count == 0) continue;
            var line = cell[0].Lines[0];
            if (text.Length > 0) text.Append(CellSeparator);
            text.Append(line.Text);
            words.AddRange(line.Words);
        }
        if (text.Length > 0) _target.Add(new TextBlock([new TextLine(text.ToString(), words, Box.Empty)], BlockKind.TableRow, Box.Empty));
    }

    public ExtractedDocument Build(SourceFormat format, DocumentMetadata metadata, double width = 0, double height = 0, int imageCount = 0)
    {
        EndBlock();
        while (_rows.Count > 0)
        {
            // A truncated file can leave rows open; keep what they hold.
            if (_target != _rows.Peek().Outer) EndCell();
            EndRow();
        }
        var page = new DocumentPage(1, width, height, _body, HasTextLayer: true, ImageCount: imageCount);
        return new ExtractedDocument(format, [page], metadata, _hidden, _warnings);
    }

    private void EndWord()
    {
        if (_word.Length == 0) return;
        var s = _wordStyle;
        _words.Add(new TextWord(_word.ToString(), Box.Empty, s.FontSize, s.Bold, s.Italic, s.ColorRgb, s.FontName));
        _word.Clear();
    }

    private void FlushHidden()
    {
        if (_hiddenText.Length == 0) return;
        var text = _hiddenText.ToString().Trim();
        _hiddenText.Clear();
        if (text.Length > 0 && _hidden.Count < 10_000) _hidden.Add(new HiddenTextSpan(1, text, _hiddenReason));
    }

    private sealed record RowState(List<TextBlock> Outer)
    {
        public List<List<TextBlock>> Cells { get; } = [];
    }
}
