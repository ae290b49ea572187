using Microsoft.EntityFrameworkCore;
using ResumeLens.Web.Features.Work;
using ResumeLens.Web.Storage;

namespace ResumeLens.Web.Data;

/// <summary>The application database: one context for every feature, on SQLite or PostgreSQL.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<StoredBlob> StoredBlobs => Set<StoredBlob>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
