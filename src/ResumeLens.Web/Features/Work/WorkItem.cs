using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResumeLens.Web.Features.Work;

/// <summary>Where a unit of background work stands.</summary>
public enum WorkStatus
{
    Pending = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
    Cancelled = 4,
}

/// <summary>
/// One unit of background work in the application database. Times are Unix milliseconds so both
/// providers can compare and order them in SQL.
/// </summary>
public sealed class WorkItem
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }
    public WorkStatus Status { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; set; }
    public long RunAfterMs { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseExpiresMs { get; set; }
    public string? LastError { get; set; }
    public long CreatedMs { get; set; }
    public long UpdatedMs { get; set; }
    public long? CompletedMs { get; set; }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id");
        builder.Property(w => w.Kind).HasColumnName("kind").HasMaxLength(100);
        builder.Property(w => w.Payload).HasColumnName("payload");
        builder.Property(w => w.Status).HasColumnName("status");
        builder.Property(w => w.Attempts).HasColumnName("attempts");
        builder.Property(w => w.MaxAttempts).HasColumnName("max_attempts");
        builder.Property(w => w.RunAfterMs).HasColumnName("run_after_ms");
        builder.Property(w => w.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(200);
        builder.Property(w => w.LeaseExpiresMs).HasColumnName("lease_expires_ms");
        builder.Property(w => w.LastError).HasColumnName("last_error").HasMaxLength(2000);
        builder.Property(w => w.CreatedMs).HasColumnName("created_ms");
        builder.Property(w => w.UpdatedMs).HasColumnName("updated_ms");
        builder.Property(w => w.CompletedMs).HasColumnName("completed_ms");
        builder.HasIndex(w => new { w.Status, w.RunAfterMs }).HasDatabaseName("ix_work_items_status_run_after");
    }
}
