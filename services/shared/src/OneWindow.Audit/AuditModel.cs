using Microsoft.EntityFrameworkCore;
using OneWindow.Persistence;

namespace OneWindow.Audit;

public static class AuditModel
{
    internal const string Table = "audit_records";

    /// <summary>Each chain's last number and hash (<see cref="AuditChainSetup"/>), kept beside the trail it heads.</summary>
    internal const string ChainHeadsTable = "audit_chain_heads";

    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable(Table);
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).UseIdentityAlwaysColumn();
            audit.Property(a => a.Actor).HasMaxLength(200);
            audit.Property(a => a.ActorRoles).HasMaxLength(300);
            audit.Property(a => a.TenantId).HasColumnName(TenantOwnership.ColumnName).HasMaxLength(32);
            audit.Property(a => a.Action).HasMaxLength(100);
            audit.Property(a => a.SubjectType).HasMaxLength(100);
            audit.Property(a => a.SubjectId).HasMaxLength(100);
            audit.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
            audit.Property(a => a.Reason).HasMaxLength(2000);
            audit.Property(a => a.TraceId).HasMaxLength(32);
            audit.HasIndex(a => new { a.SubjectType, a.SubjectId });
            audit.HasIndex(a => new { a.TenantId, a.At });
        });
        return modelBuilder;
    }
}
