namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>The kinds of objective work data counted from other services' events.</summary>
public enum WorkMetric
{
    /// <summary>ticket-served, by the clerk.</summary>
    TicketsServed,

    /// <summary>application-reviewed, by the reviewer.</summary>
    FilesReviewed,

    /// <summary>application-completed, by whoever completed it.</summary>
    FilesCompleted,

    /// <summary>review-quality-checked with an error, against the reviewer.</summary>
    QualityErrors,

    /// <summary>review-overdue, against the reviewer.</summary>
    DeadlinesMissed,

    /// <summary>rating-recorded: count and sum of scores (1-5); points per unit of (average − 4).</summary>
    Satisfaction,

    /// <summary>complaint-recorded against the clerk.</summary>
    Complaints,

    /// <summary>case-opened, case-closed, home-visit-recorded, referral-made, by the social worker.</summary>
    CasesHandled,

    /// <summary>delivery-confirmed, by the grid manager.</summary>
    DeliveriesConfirmed,

    /// <summary>delivery-failed, by the grid manager.</summary>
    DeliveriesFailed,

    /// <summary>reviewer-work-recorded: first-review decisions taken within the statutory deadline, a day's at a time.</summary>
    DeadlinesMet,
}
