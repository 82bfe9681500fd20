using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Persistence;
using OneWindow.Notification.Persistence.ReadModels;

namespace OneWindow.Notification.Events;

/// <summary>The centre's staff from hr-payroll: grid managers by grid, heads, who has left.</summary>
public sealed class RosterHandlers(NotificationDbContext db) :
    IIntegrationEventHandler<StaffHired>,
    IIntegrationEventHandler<StaffChanged>,
    IIntegrationEventHandler<StaffLeft>
{
    public Task HandleAsync(StaffHired hired, CancellationToken cancellationToken) =>
        UpsertAsync(hired.StaffId, hired.Department, hired.Roles, hired.Grid, cancellationToken);

    public Task HandleAsync(StaffChanged changed, CancellationToken cancellationToken) =>
        UpsertAsync(changed.StaffId, changed.Department, changed.Roles, changed.Grid, cancellationToken);

    public async Task HandleAsync(StaffLeft left, CancellationToken cancellationToken)
    {
        if (await db.Staff.SingleOrDefaultAsync(s => s.StaffId == left.StaffId, cancellationToken) is { } staff)
        {
            staff.Active = false;
        }
    }

    private async Task UpsertAsync(string staffId, Common.Vocabulary.Department department, IReadOnlyList<string> roles, string? grid, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.StaffId == staffId, cancellationToken);
        if (staff is null)
        {
            staff = new StaffRecord { Id = Guid.CreateVersion7(), StaffId = staffId };
            db.Staff.Add(staff);
        }

        staff.Department = department;
        staff.Roles = [.. roles];
        staff.Grid = string.IsNullOrWhiteSpace(grid) ? null : grid.Trim();
        staff.Active = true;
    }
}
