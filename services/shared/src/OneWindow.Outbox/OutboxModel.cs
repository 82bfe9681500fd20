using Microsoft.EntityFrameworkCore;

namespace OneWindow.Outbox;

public static class OutboxModel
{
    /// <summary>
    /// Adds the outbox and inbox tables to a service's model. They belong to the service, not to a
    /// centre: the dispatcher publishes every centre's events, so they carry no row-level security
    /// (events hold no personal data).
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Topic).HasMaxLength(100);
            outbox.Property(m => m.Type).HasMaxLength(200);
            outbox.Property(m => m.Tenant).HasMaxLength(32);
            outbox.Property(m => m.CloudEvent).HasColumnType("jsonb");
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.HasIndex(m => m.NextAttemptAt).HasFilter("published_at IS NULL");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(300);
            inbox.Property(m => m.Topic).HasMaxLength(100);
            inbox.HasIndex(m => m.HandledAt);
        });
        return modelBuilder;
    }
}
