using System.Diagnostics;

namespace ResumeLens.Core.Extraction;

/// <summary>Tracks the limits of one read: elapsed time, decompressed bytes, cancellation.</summary>
public sealed class ExtractionContext
{
    private readonly long _startTicks = Stopwatch.GetTimestamp();
    private long _decompressed;

    public ExtractionContext(ExtractionLimits limits, CancellationToken cancellationToken = default)
    {
        Limits = limits;
        CancellationToken = cancellationToken;
    }

    public ExtractionLimits Limits { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Throws when the time budget is spent or the caller cancelled.</summary>
    public void CheckBudget()
    {
        if (CancellationToken.IsCancellationRequested)
            throw new OperationCanceledException(CancellationToken);
        if (Stopwatch.GetElapsedTime(_startTicks) > Limits.TimeBudget)
            throw new DocumentReadException(DocumentErrorCode.Timeout,
                $"Reading the document took longer than the {Limits.TimeBudget.TotalSeconds:0.#} s budget.");
    }

    /// <summary>Counts bytes produced by a decompressor against the per-document total.</summary>
    public void AddDecompressed(long bytes)
    {
        var total = Interlocked.Add(ref _decompressed, bytes);
        if (total > Limits.MaxTotalDecompressedBytes)
            throw new DocumentReadException(DocumentErrorCode.DecompressionLimit,
                $"The document expands to more than {Limits.MaxTotalDecompressedBytes / (1024 * 1024)} MB when decompressed.");
    }
}
