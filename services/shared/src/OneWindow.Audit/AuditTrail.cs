using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using OneWindow.Tenancy;

namespace OneWindow.Audit;

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
