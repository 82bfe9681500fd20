using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Identity.Domain.Devices;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Application;

/// <summary>
/// A centre's director approves a device that shows a code (the device flow, RFC 8628): only a director with an open
/// account, only for their own centre. The approval, and every refusal, is in the audit trail under that centre.
/// </summary>
public sealed class ApproveDevice(IdentityDbContext db, IAuditTrail audit, TenantContext tenant, TimeProvider clock)
{
    public const string SubjectType = "device";

    public async Task<DeviceApproval> RunAsync(string directorSubject, string? number, string? kind, string? name, string? window, CancellationToken cancellationToken)
    {
        var director = await db.StaffAccounts.FindAsync([directorSubject], cancellationToken);
        if (director is not { Centre: { } centre } || !director.Roles.Contains(PlatformRoles.Director) || !director.MayHoldTokens(ChinaTime.Today(clock)))
        {
            tenant.Set(director?.Centre is { } own ? Tenant.Centre(own) : Tenant.District);
            await audit.RecordDenialAsync(new AuditEntry("approve-device", SubjectType, number ?? "(none)", "not-a-centre-director"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-a-centre-director", "只有本中心主任可以批准设备登录。");
        }

        tenant.Set(Tenant.Centre(centre));
        var device = DeviceApproval.Of(centre, number, kind, name, window);
        audit.Record(new AuditEntry("approve-device", SubjectType, device.Subject, device.Window is null ? device.Kind : $"{device.Kind} window {device.Window}"));
        await db.SaveChangesAsync(cancellationToken);
        return device;
    }
}
