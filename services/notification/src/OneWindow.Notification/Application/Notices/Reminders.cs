using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Common.Time;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Application.Notices;

/// <summary>
/// Announces periodic items (annual reviews) ahead of time: one notice per household listing every item that falls
/// due within the look-ahead, so the resident can do them all in one visit (一次性办结), each item announced once.
/// The notice and the mark commit together. Every replica runs the reminders; a centre's are sent by one at a time, under
/// a transaction-level advisory lock, and the next to take the lock reads the items again and finds them announced.
/// </summary>
public sealed class Reminders(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, NotificationClock clock)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(options.Value.ReminderLookAheadDays);
        List<string> centres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
            centres = await scope.ServiceProvider.GetRequiredService<NotificationDbContext>().PeriodicItems
                .Where(p => p.RemindedAt == null && p.DueOn <= horizon)
                .Select(p => EF.Property<string>(p, TenantOwnership.PropertyName)).Distinct().ToListAsync(cancellationToken);
        }

        var announced = 0;
        foreach (var centre in centres)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre));
            var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
            var notify = scope.ServiceProvider.GetRequiredService<Notify>();
            var catalogue = scope.ServiceProvider.GetRequiredService<Catalogue>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockAsync($"notification:reminders:{centre}", cancellationToken);
            var due = await db.PeriodicItems.Where(p => p.DueOn <= horizon && p.RemindedAt == null).OrderBy(p => p.DueOn).Take(500).ToListAsync(cancellationToken);
            var households = due.Select(p => p.HouseholdId).Distinct().ToList();
            var alsoDue = await db.PeriodicItems.Where(p => households.Contains(p.HouseholdId) && p.DueOn <= horizon && p.RemindedAt != null).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var household in due.Concat(alsoDue).GroupBy(p => p.HouseholdId))
            {
                var items = household.OrderBy(p => p.DueOn).ToList();
                var names = new List<string>();
                foreach (var item in items)
                {
                    names.Add(await catalogue.NameAsync(item.ItemCode, cancellationToken));
                }

                var values = (await notify.ValuesAsync(cancellationToken)).List("items", names).Date("due_on", items[0].DueOn);
                var first = items.First(p => p.RemindedAt is null);
                // Deliveries and the marks commit together: a run that dies before committing left nothing, and the next sends it once.
                await notify.ResidentAsync(Guid.CreateVersion7(), NotificationKinds.ReviewDue, first.ResidentId, null, values, cancellationToken);
                foreach (var item in items.Where(p => p.RemindedAt is null))
                {
                    item.Announced(now);
                    announced++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return announced;
    }
}
