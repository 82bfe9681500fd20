using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.EventBus;
using OneWindow.Events;
using OneWindow.Notification.Application.Notices;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.Persistence;

namespace OneWindow.Notification.Events;

/// <summary>
/// A benefit the bank paid, told to the resident who holds it for the household (SMS and app, by their preference), so
/// a family living on it knows the month's money is in without going to the bank or the centre to ask; one the bank
/// did not pay is told too, with the bank's reason, so they bring the right account before it is paid again. A benefit
/// whose annual review falls due is told ahead, as the notice its suspension and end require.
/// </summary>
public sealed class DisbursementHandler(NotificationDbContext db, Notify notify, Catalogue catalogue)
    : IIntegrationEventHandler<DisbursementPaid>, IIntegrationEventHandler<DisbursementFailed>, IIntegrationEventHandler<BenefitReviewDue>
{
    public async Task HandleAsync(DisbursementPaid paid, CancellationToken cancellationToken)
    {
        var residentId = await HolderAsync(paid.HouseholdId, paid.ItemCode, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", Benefit(await catalogue.NameAsync(paid.ItemCode, cancellationToken)))
            .Text("period", Month(paid.Period)).Money("amount", paid.Amount);
        await notify.ResidentAsync(paid.Id, NotificationKinds.BenefitPaid, residentId, null, values, cancellationToken);
    }

    public async Task HandleAsync(DisbursementFailed failed, CancellationToken cancellationToken)
    {
        var residentId = await HolderAsync(failed.HouseholdId, failed.ItemCode, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", Benefit(await catalogue.NameAsync(failed.ItemCode, cancellationToken)))
            .Text("period", Month(failed.Period)).Money("amount", failed.Amount).Text("reason", failed.Reason.Length > 0 ? failed.Reason : null);
        await notify.ResidentAsync(failed.Id, NotificationKinds.BenefitPaymentFailed, residentId, null, values, cancellationToken);
    }

    public async Task HandleAsync(BenefitReviewDue due, CancellationToken cancellationToken)
    {
        var residentId = await HolderAsync(due.HouseholdId, due.ItemCode, cancellationToken);
        var values = (await notify.ValuesAsync(cancellationToken)).Text("item_name", Benefit(await catalogue.NameAsync(due.ItemCode, cancellationToken)))
            .Date("due_on", due.DueOn).Date("ends_on", due.EndsOn);
        await notify.ResidentAsync(due.Id, NotificationKinds.BenefitReviewNotice, residentId, null, values, cancellationToken);
    }

    /// <summary>
    /// Whoever holds the periodic item for the household (renewed by the latest grant), else the resident of the
    /// household's latest file for the item. The payment follows the approval, whose acceptance notification has heard:
    /// a household not known yet is retried (and dead-lettered in the end), never paid in silence.
    /// </summary>
    private async Task<Guid> HolderAsync(Guid householdId, string itemCode, CancellationToken cancellationToken)
    {
        var holder = await db.PeriodicItems.AsNoTracking().Where(p => p.HouseholdId == householdId && p.ItemCode == itemCode)
            .Select(p => (Guid?)p.ResidentId).SingleOrDefaultAsync(cancellationToken)
            ?? await db.Files.AsNoTracking().Where(f => f.HouseholdId == householdId && f.ItemCode == itemCode).OrderByDescending(f => f.AcceptedAt)
                .Select(f => (Guid?)f.ResidentId).FirstOrDefaultAsync(cancellationToken);
        return holder ?? throw new InvalidOperationException(
            $"No file of {itemCode} for household {householdId} is known yet (application-accepted has not arrived); the event will be delivered again.");
    }

    /// <summary>What is paid is the benefit, not its application: 最低生活保障申请 pays 最低生活保障.</summary>
    private static string Benefit(string itemName) => itemName.EndsWith("申请", StringComparison.Ordinal) && itemName.Length > 2 ? itemName[..^2] : itemName;

    /// <summary>The month as a resident reads it: 2026-11 is 2026年11月.</summary>
    private static string Month(string period) =>
        DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? $"{month.Year}年{month.Month}月"
            : period;
}
