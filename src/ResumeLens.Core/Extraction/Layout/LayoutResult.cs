namespace ResumeLens.Core.Extraction.Layout;

/// <summary>One analysed page: its visible text in reading order and the text a reader would not see.</summary>
public sealed record LayoutResult(DocumentPage Page, IReadOnlyList<HiddenTextSpan> HiddenText);
