using System.ComponentModel.DataAnnotations;

namespace ResumeLens.Web.Features.Work;

/// <summary>Settings of the background worker loop.</summary>
public sealed class WorkOptions
{
    public const string Section = "Work";

    /// <summary>Items processed at the same time by one process; 0 means one per core.</summary>
    [Range(0, 256)]
    public int Concurrency { get; set; }

    /// <summary>How often an idle worker looks for new work.</summary>
    [Range(10, 60_000)]
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>How long a claim lasts without a heartbeat before another worker may take the item over.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay; each further attempt doubles it, with jitter.</summary>
    [Range(1, 3_600_000)]
    public int BackoffBaseMs { get; set; } = 2000;

    [Range(1, 86_400_000)]
    public int BackoffMaxMs { get; set; } = 300_000;

    public int EffectiveConcurrency => Concurrency > 0 ? Concurrency : Environment.ProcessorCount;
}
