namespace ResumeLens.Core.Parsing;

/// <summary>Inputs to parsing besides the document: the date "Present" means, and where the document came from.</summary>
/// <param name="ReferenceDate">Date that resolves "Present"; default: the document's own date, else today.</param>
public sealed record ResumeParseOptions(DateOnly? ReferenceDate = null, string? FileName = null, string? Sha256 = null)
{
    public static readonly ResumeParseOptions Default = new();
}
