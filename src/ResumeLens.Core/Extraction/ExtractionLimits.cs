namespace ResumeLens.Core.Extraction;

/// <summary>Resource limits applied while reading one document; defaults are safe for untrusted uploads.</summary>
public sealed record ExtractionLimits
{
    public static readonly ExtractionLimits Default = new();

    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    public int MaxPages { get; init; } = 300;

    public long MaxStreamBytes { get; init; } = 64L * 1024 * 1024;

    public long MaxTotalDecompressedBytes { get; init; } = 256L * 1024 * 1024;

    public int MaxNestingDepth { get; init; } = 64;

    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(20);
}
