using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Review.Application.Catalogue;
using OneWindow.Review.Domain.Files;
using OneWindow.Review.Persistence;
using OneWindow.WorkingCalendar;
using OneWindow.Review.Persistence.ReadModels;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Files;

/// <summary>
/// The worklists and one file. Reviewers see the files they hold (and those they decided); supervisors
/// the time-limited files to re-check; heads, directors and district admins every file of the centre.
/// A centre sees only its own (query filter and row-level security).
/// </summary>
public sealed class FileReader(ReviewDbContext db, CatalogueReader catalogue, IAuditTrail audit, IOptions<ReviewOptions> options, IWorkingCalendar calendar, TimeProvider clock)
{
    private const int Limit = 500;

    private static readonly FileStatus[] Open = [FileStatus.InReview, FileStatus.AwaitingSupplement, FileStatus.Escalated];

    public async Task<Contract.ListWorklistReply> ListAsync(Contract.ListWorklistRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var view = request.View == Contract.WorklistView.Unspecified ? Contract.WorklistView.Mine : request.View;
        var centreViews = new[] { Contract.WorklistView.Team, Contract.WorklistView.Unassigned, Contract.WorklistView.MissesToday, Contract.WorklistView.Escalated };
        if ((centreViews.Contains(view) || request.ReviewerStaffId is not null) && !caller.SeesTheCentre)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "head-only-view", "This worklist is for the department head.", "view");
        }

        if (view == Contract.WorklistView.Recheck && !caller.Is(PlatformRoles.Supervisor) && !caller.SeesTheCentre)
        {
            throw new DomainException(DomainErrorKind.Forbidden, "supervisor-only-view", "This worklist is for business supervisors.", "view");
        }

        var now = clock.GetUtcNow();
        var query = db.Files.AsNoTracking().Where(f => Open.Contains(f.Status));
        // A reviewer's lists are their own files; a head's are the centre's, or one reviewer's, and "mine" is the head's own.
        var holder = !caller.SeesTheCentre ? caller.Subject : request.ReviewerStaffId ?? (view == Contract.WorklistView.Mine ? caller.Subject : null);
        if (holder is not null && view is not (Contract.WorklistView.Recheck or Contract.WorklistView.Unassigned))
        {
            query = query.Where(f => f.ReviewerStaffId == holder);
        }

        var endOfToday = ChinaTime.EndOfDay(ChinaTime.Today(clock));
        var soon = ChinaTime.EndOfDay((await calendar.CurrentAsync(cancellationToken)).AddWorkingDays(ChinaTime.Today(clock), options.Value.DueSoonWorkingDays));
        query = view switch
        {
            Contract.WorklistView.Unassigned => query.Where(f => f.ReviewerStaffId == null),
            Contract.WorklistView.Overdue => query.Where(f => f.PausedAt == null && f.Deadline < now),
            Contract.WorklistView.DueSoon => query.Where(f => f.PausedAt == null && f.Deadline >= now && f.Deadline <= soon),
            Contract.WorklistView.MissesToday => query.Where(f => f.PausedAt == null && f.Deadline <= endOfToday),
            Contract.WorklistView.Escalated => query.Where(f => f.Status == FileStatus.Escalated),
            Contract.WorklistView.Recheck => await RecheckAsync(query, caller, cancellationToken),
            _ => query,
        };
        var files = await query.OrderBy(f => f.Deadline).Take(Limit).ToListAsync(cancellationToken);
        var names = await NamesAsync(files, cancellationToken);
        var reply = new Contract.ListWorklistReply();
        reply.Files.AddRange(files.Select(f => f.ToContract(now, names.GetValueOrDefault((f.ItemCode, f.ItemVersion)))));
        return reply;
    }

    public async Task<Contract.ReviewFile> GetAsync(string fileId, Caller caller, CancellationToken cancellationToken)
    {
        var file = await FindAsync(db, fileId, cancellationToken);
        var entry = await catalogue.FindAsync(file.ItemCode, file.ItemVersion, cancellationToken);
        var involved = file.ReviewerStaffId == caller.Subject || file.DecidedBy == caller.Subject || file.EscalatedBy == caller.Subject
            || file.Rounds.Any(r => r.ReturnedBy == caller.Subject);
        var supervises = caller.Is(PlatformRoles.Supervisor) && entry is { TimeLimited: true };
        if (!involved && !supervises && !caller.SeesTheCentre)
        {
            await audit.RecordDenialAsync(new AuditEntry("read", "file", file.FileId.ToString(), "not-your-file"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-your-file", "This file is assigned to another reviewer.", "fileId");
        }

        var requests = await db.JointRequests.AsNoTracking().Where(r => r.FileId == file.FileId).OrderBy(r => r.Department).ToListAsync(cancellationToken);
        return file.ToContract(clock.GetUtcNow(), entry, requests);
    }

    public static async Task<ReviewFile> FindAsync(ReviewDbContext db, string fileId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(fileId, "fileId");
        return await db.Files.SingleOrDefaultAsync(f => f.FileId == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-file", "There is no such file in this centre's first review.", "fileId");
    }

    /// <summary>
    /// Time-limited files in review not yet re-checked; a supervisor named on items (by the centre, else the
    /// district) sees theirs and the unnamed ones.
    /// </summary>
    private async Task<IQueryable<ReviewFile>> RecheckAsync(IQueryable<ReviewFile> query, Caller caller, CancellationToken cancellationToken)
    {
        var named = await db.CentreSupervisors.AsNoTracking().Where(n => n.SupervisorStaffId != null)
            .ToDictionaryAsync(n => n.ItemCode, n => n.SupervisorStaffId, cancellationToken);
        var items = (await db.Catalogue.AsNoTracking().Where(e => e.TimeLimited)
                .Select(e => new { e.ItemCode, e.SupervisorStaffId }).ToListAsync(cancellationToken))
            .Where(e => caller.SeesTheCentre || (named.GetValueOrDefault(e.ItemCode) ?? e.SupervisorStaffId) is not { } supervisor || supervisor == caller.Subject)
            .Select(e => e.ItemCode).Distinct().ToList();
        return query.Where(f => f.Status != FileStatus.AwaitingSupplement && f.RecheckedBy == null && items.Contains(f.ItemCode) && f.ReviewerStaffId != caller.Subject);
    }

    private async Task<Dictionary<(string, int), CatalogueEntry>> NamesAsync(List<ReviewFile> files, CancellationToken cancellationToken)
    {
        var codes = files.Select(f => f.ItemCode).Distinct().ToList();
        return (await db.Catalogue.AsNoTracking().Where(e => codes.Contains(e.ItemCode)).ToListAsync(cancellationToken))
            .ToDictionary(e => (e.ItemCode, e.Version));
    }
}
