using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Review.Application.Assignment;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Outcomes;

/// <summary>
/// The reform's promises for first review, on the files a day brought: finished within at most two returns (最多2次), and
/// none held up by a reviewer's leave (AB角) — covered by the B or moved when leave began, never left with someone away.
/// </summary>
public sealed class OutcomesReader(ReviewDbContext db, Assignments assignments, TimeProvider clock)
{
    public async Task<Contract.ReviewOutcomes> GetAsync(Contract.GetOutcomesRequest request, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var day = Wire.OptionalDay(request.Day, "day") ?? today;
        if (day > today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "day-not-begun", "Outcomes are of a day that has begun.", "day");
        }

        var from = ChinaTime.StartOfDay(day);
        var until = ChinaTime.StartOfDay(day.AddDays(1));
        var files = await db.Files.AsNoTracking().Where(f => f.AcceptedAt >= from && f.AcceptedAt < until).ToListAsync(cancellationToken);
        var roster = await db.InTransactionAsync(() => assignments.SnapshotAsync(cancellationToken), cancellationToken);
        var finished = files.Where(f => f.Outcome is not null || f.Status == FileStatus.Completed).ToList();
        var open = files.Where(f => f.Status is FileStatus.InReview or FileStatus.AwaitingSupplement or FileStatus.Escalated).ToList();
        return new Contract.ReviewOutcomes
        {
            Day = Wire.Day(day),
            Received = files.Count,
            Finished = finished.Count,
            FinishedWithinTwoReturns = finished.Count(f => f.Returns <= ReviewFile.MaxReturns),
            Returned = files.Count(f => f.Returns > 0),
            Open = open.Count,
            CoveredForLeave = files.Count(f => f.AssignmentReason is AssignmentReason.B or AssignmentReason.Leave),
            BlockedByLeave = open.Count(f => f.ReviewerStaffId is { } holder && roster.OnLeave(holder)),
            Unassigned = open.Count(f => f.ReviewerStaffId is null && f.Status != FileStatus.Escalated),
        };
    }
}
