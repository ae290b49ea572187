using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ResumeLens.Web.Storage;

/// <summary>A stored file's bytes kept in the application database, keyed by SHA-256.</summary>
public sealed class StoredBlob
{
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public long Length { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class StoredBlobConfiguration : IEntityTypeConfiguration<StoredBlob>
{
    public void Configure(EntityTypeBuilder<StoredBlob> builder)
    {
        builder.ToTable("stored_blobs");
        builder.HasKey(b => b.Sha256);
        builder.Property(b => b.Sha256).HasColumnName("sha256").HasMaxLength(64).IsUnicode(false);
        builder.Property(b => b.Content).HasColumnName("content");
        builder.Property(b => b.Length).HasColumnName("length");
        builder.Property(b => b.CreatedAt).HasColumnName("created_at");
    }
}
