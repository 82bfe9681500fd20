using OneWindow.Audit;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Identity.Application;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Events;

/// <summary>
/// Accounts follow hr-payroll's register: hiring makes one (awaiting activation), a change of post changes its centre
/// and roles, leaving closes it after the last day. The centre is the event's tenant, which hr-payroll's own source
/// vouches for. A late, older fact changes nothing.
/// </summary>
public sealed class StaffRegisterHandlers(IdentityDbContext db, IAuditTrail audit) :
    IIntegrationEventHandler<StaffHired>,
    IIntegrationEventHandler<StaffChanged>,
    IIntegrationEventHandler<StaffLeft>
{
    public Task HandleAsync(StaffHired hired, CancellationToken cancellationToken) =>
        FollowAsync(hired.StaffId, hired.Tenant, hired.Roles, hired.OccurredAt, "account-created", cancellationToken);

    public Task HandleAsync(StaffChanged changed, CancellationToken cancellationToken) =>
        FollowAsync(changed.StaffId, changed.Tenant, changed.Roles, changed.OccurredAt, "account-roles-changed", cancellationToken);

    public async Task HandleAsync(StaffLeft left, CancellationToken cancellationToken)
    {
        var account = await db.StaffAccounts.FindAsync([left.StaffId], cancellationToken);
        if (account is null)
        {
            return;
        }

        account.Leave(left.LastDay);
        audit.Record(new AuditEntry("account-closed", AccountAudit.SubjectType, left.StaffId, $"last day {left.LastDay:yyyy-MM-dd}"));
    }

    private async Task FollowAsync(string staffId, string? centre, IReadOnlyList<string> roles, DateTimeOffset at, string action, CancellationToken cancellationToken)
    {
        var account = await db.StaffAccounts.FindAsync([staffId], cancellationToken);
        if (account is null)
        {
            db.StaffAccounts.Add(StaffAccount.Hired(staffId, centre, roles, at));
        }
        else
        {
            account.FollowRegister(centre, roles, at);
        }

        audit.Record(new AuditEntry(action, AccountAudit.SubjectType, staffId, string.Join(',', roles)));
    }
}
