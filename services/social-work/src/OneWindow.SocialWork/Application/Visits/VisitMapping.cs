using OneWindow.SocialWork.Domain.Visits;

namespace OneWindow.SocialWork.Application.Visits;

/// <summary>Domain to contract and back: ids and dates as text, enums by position (the contract's zero is "unspecified").</summary>
internal static class VisitMapping
{
    public static V1.HomeVisit ToContract(this HomeVisit visit, DateOnly today, Guid? nextVisitId = null) => new()
    {
        VisitId = visit.Id.ToString(),
        HouseholdId = visit.HouseholdId.ToString(),
        CaseId = Wire.Text(visit.CaseId),
        Worker = visit.WorkerStaffId,
        Purpose = Wire.ToContract<V1.VisitPurpose>(visit.Purpose),
        ScheduledOn = Wire.Day(visit.ScheduledOn),
        Status = Wire.ToContract<V1.VisitStatus>(visit.Status),
        VisitedAt = Wire.Instant(visit.VisitedAt),
        Findings = visit.Findings ?? string.Empty,
        NextVisitOn = Wire.Day(visit.NextVisitOn),
        MissedReason = visit.MissedReason ?? string.Empty,
        Overdue = visit.IsOverdue(today),
        NextVisitId = Wire.Text(nextVisitId),
    };
}
