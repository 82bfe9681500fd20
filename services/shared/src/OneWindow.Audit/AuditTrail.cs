using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

/// <summary>What was done to which subject, and why.</summary>
public sealed record AuditEntry(string Action, string SubjectType, string SubjectId, string? Reason = null);

/// <summary>
/// Writes the audit trail. <see cref="Record"/> adds the entry to the unit of work, so it commits
/// with the change it describes; <see cref="RecordDenialAsync"/> commits at once, because a
/// refused action has no change to ride along with.
/// </summary>
public interface IAuditTrail
{
    void Record(AuditEntry entry);

    Task RecordDenialAsync(AuditEntry entry, CancellationToken cancellationToken);
}

internal sealed class AuditTrail<TContext>(
    TContext context,
    ITenantContext tenant,
    IHttpContextAccessor http,
    IHostEnvironment environment,
    TimeProvider clock) : IAuditTrail
    where TContext : DbContext
{
    public void Record(AuditEntry entry) => context.Set<AuditRecord>().Add(Create(entry, AuditOutcome.Done));

    public async Task RecordDenialAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        // The refused action's own changes (if any were staged) must not ride along.
        context.ChangeTracker.Clear();
        context.Set<AuditRecord>().Add(Create(entry, AuditOutcome.Denied));
        await context.SaveChangesAsync(cancellationToken);
    }

    private AuditRecord Create(AuditEntry entry, AuditOutcome outcome)
    {
        var user = http.HttpContext?.User;
        var actor = user?.FindFirstValue(PlatformClaims.Subject);
        return new AuditRecord
        {
            At = clock.GetUtcNow(),
            Actor = actor ?? $"system:{environment.ApplicationName}",
            ActorRoles = user is null ? string.Empty : string.Join(',', user.FindAll(PlatformClaims.Role).Select(r => r.Value).Order(StringComparer.Ordinal)),
            TenantId = tenant.Current.CentreCode,
            NamedByDistrict = tenant.Current.NamedByDistrict,
            Action = entry.Action,
            SubjectType = entry.SubjectType,
            SubjectId = entry.SubjectId,
            Outcome = outcome,
            Reason = entry.Reason,
            TraceId = Activity.Current?.TraceId.ToString(),
        };
    }
}
