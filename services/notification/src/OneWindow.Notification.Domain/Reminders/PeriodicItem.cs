namespace OneWindow.Notification.Domain.Reminders;

/// <summary>
/// A periodic item a household holds (an annual review of dibao or public rental housing): granted on a day and
/// due again <c>RecurrenceMonths</c> later. It is announced once, ahead of time, so the resident can do it together
/// with other business in one visit; a new grant starts the clock again.
/// </summary>
public sealed class PeriodicItem
{
    private PeriodicItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    /// <summary>Who applied last time: the one the reminder goes to.</summary>
    public Guid ResidentId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public DateOnly LastGranted { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public static PeriodicItem Grant(Guid id, Guid householdId, Guid residentId, string itemCode, DateOnly granted, int recurrenceMonths) => new()
    {
        Id = id,
        HouseholdId = householdId,
        ResidentId = residentId,
        ItemCode = itemCode,
        LastGranted = granted,
        DueOn = granted.AddMonths(recurrenceMonths),
    };

    /// <summary>Granted again: due again a period later, and announced again when that comes near.</summary>
    public void Renew(Guid residentId, DateOnly granted, int recurrenceMonths)
    {
        if (granted <= LastGranted)
        {
            return;
        }

        ResidentId = residentId;
        LastGranted = granted;
        DueOn = granted.AddMonths(recurrenceMonths);
        RemindedAt = null;
    }

    /// <summary>Whether it falls due within the look-ahead and has not been announced.</summary>
    public bool ToAnnounce(DateOnly today, int lookAheadDays) => RemindedAt is null && DueOn <= today.AddDays(lookAheadDays);

    public void Announced(DateTimeOffset now) => RemindedAt = now;
}
