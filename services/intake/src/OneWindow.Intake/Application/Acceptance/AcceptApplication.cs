using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using OneWindow.WorkingCalendar;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>
/// 一口受理: any clerk accepts any item the centre offers for a resident and their household. Everything
/// missing is told at once; a complete file commits with its audit record and application-accepted (and,
/// for an instant item, application-completed) in one transaction. Then, outside that transaction, the
/// eligibility hint from policy-law. The other items due for the household, to accept in this same visit, are
/// found before the commit and kept on the visit.
/// </summary>
public sealed class AcceptApplication(
    IntakeDbContext db, CatalogueReader catalogue, FindDueItems dueItems, EligibilityPrecheck eligibility,
    IWorkingCalendar calendar, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.MaterialsCheck> CheckAsync(Contract.AcceptApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        var (item, _, _, visit) = await PrepareAsync(request, caller, cancellationToken);
        var missing = Missing(item, request, visit);
        var check = new Contract.MaterialsCheck { ItemCode = item.ItemCode, ItemVersion = item.Version, Complete = missing.Count == 0 };
        check.Missing.AddRange(missing.Select(AcceptanceMapping.ToContract));
        check.Notice = missing.Count == 0 ? string.Empty : MaterialsChecklist.Notice(item.Name, missing, ChinaTime.Today(clock));
        return check;
    }

    public async Task<Contract.AcceptReply> HandleAsync(Contract.AcceptApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        // One connection for the reads and the commit (the centre set on it once); released before policy-law is asked.
        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var (item, resident, household, visit) = await PrepareAsync(request, caller, cancellationToken);
        var missing = Missing(item, request, visit);
        if (missing.Count > 0)
        {
            // One complete notice (一次性告知书): every missing material, never one at a time.
            throw new DomainException(DomainErrorKind.RuleViolated, "materials-missing",
                $"缺少{missing.Count}项材料：{string.Join("；", missing.Select(m => $"{m.Name}（{m.Code}）"))}。", "materials");
        }

        var ticketId = await TicketAsync(request, resident, caller, cancellationToken);
        var now = clock.GetUtcNow();
        var materials = visit.Check(request.Materials);
        List<Guid> bundledWith = db.Entry(visit).State == EntityState.Added ? [] : await db.Files.Where(f => f.VisitId == visit.Id).Select(f => f.Id).ToListAsync(cancellationToken);
        // Counted on the district's calendar; over a year it does not hold yet, Monday to Friday and provisional.
        var workingDays = await calendar.CurrentAsync(cancellationToken);
        var deadline = item.Kind == ItemKind.Instant ? (DateTimeOffset?)null : workingDays.DeadlineFor(now, item.TimeLimitWorkingDays);
        var id = Guid.CreateVersion7();
        var file = ApplicationFile.Accept(
            id, FileNumber(centre, id, now), item.ItemCode, item.Version, item.Kind, resident.Id, household.Id, ticketId, visit.Id,
            request.FromBundling, caller.Subject, now, deadline, deadline is { } due ? workingDays.FirstUnloadedYear(now, due) : null, AcceptanceMapping.ToDomain(request.DeliveryMethod), materials.Intersect(item.Materials.Select(m => m.Code)));
        db.Files.Add(file);
        audit.Record(new AuditEntry("accept", "file", file.Id.ToString(), $"{item.ItemCode}@{item.Version}{(request.FromBundling ? " bundled" : string.Empty)}"));
        outbox.Add(new ApplicationAccepted
        {
            OccurredAt = now,
            Tenant = centre,
            FileId = file.Id,
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            Kind = item.Kind,
            ResidentId = resident.Id,
            HouseholdId = household.Id,
            AcceptingClerkStaffId = caller.Subject,
            BundledWith = bundledWith,
            DeliveryMethod = file.DeliveryMethod,
            StatutoryDeadline = deadline,
        });
        if (file.Status == FileStatus.Completed)
        {
            audit.Record(new AuditEntry("complete", "file", file.Id.ToString(), "即办件当场办结"));
            outbox.Add(new ApplicationCompleted { OccurredAt = now, Tenant = centre, FileId = file.Id, ItemCode = item.ItemCode, Outcome = CompletionOutcome.Granted, CompletedByStaffId = caller.Subject });
        }

        // Read before the commit, on the same connection: the file just accepted is not yet among the household's, and
        // it is left out by its code. The visit keeps what it offered for the reform outcomes.
        var alsoDue = (await dueItems.PeriodicAsync(household.Id, cancellationToken)).Where(d => d.ItemCode != item.ItemCode).ToList();
        visit.Offer(alsoDue.Select(d => d.ItemCode));
        await db.SaveChangesAsync(cancellationToken);

        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        await connection.DisposeAsync();
        var reply = new Contract.AcceptReply
        {
            File = AcceptanceMapping.ToContract(file, bundledWith),
            Receipt = Receipt(file, item),
            Eligibility = await eligibility.EvaluateAsync(item.ItemCode, item.Version, household.Facts(members, ChinaTime.Today(clock), resident), cancellationToken),
        };
        reply.AlsoDue.AddRange(alsoDue);
        return reply;
    }

    private async Task<(CatalogueEntry Item, Resident Resident, Household Household, Visit Visit)> PrepareAsync(
        Contract.AcceptApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var item = await catalogue.InForceAsync(request.ItemCode, cancellationToken);
        if (await catalogue.SettingAsync(item.ItemCode, cancellationToken) is { Enabled: false })
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "item-disabled", $"This centre does not offer '{item.Name}' (一街一策).", "itemCode");
        }

        var residentId = Wire.ParseId(request.ResidentId, "residentId");
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == residentId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "There is no such resident in this centre.", "residentId");
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == resident.HouseholdId, cancellationToken);
        if (item.Kind != ItemKind.Instant)
        {
            // One file per item in flight: a second would be decided twice and could be paid twice.
            var inFlight = await db.Files.AsNoTracking()
                .Where(f => f.ItemCode == item.ItemCode && f.Status != FileStatus.Completed)
                .Where(f => item.Scope == ItemScope.Household ? f.HouseholdId == household.Id : f.ResidentId == resident.Id)
                .Select(f => f.FileNumber)
                .FirstOrDefaultAsync(cancellationToken);
            if (inFlight is not null)
            {
                throw new DomainException(DomainErrorKind.Conflict, "file-in-flight",
                    $"'{item.Name}' is already being handled for this {(item.Scope == ItemScope.Household ? "household" : "resident")} (file {inFlight}).", "itemCode");
            }
        }

        Visit visit;
        if (request.VisitId is { } visitText)
        {
            var visitId = Wire.ParseId(visitText, "visitId");
            visit = await db.Visits.SingleOrDefaultAsync(v => v.Id == visitId, cancellationToken)
                ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-visit", "There is no such visit in this centre.", "visitId");
            visit.RequireContinuedBy(resident.Id, household.Id, ChinaTime.Today(clock));
        }
        else
        {
            visit = Visit.Start(resident.Id, household.Id, caller.Subject, clock.GetUtcNow());
            db.Visits.Add(visit);
        }

        return (item, resident, household, visit);
    }

    private static IReadOnlyList<RequiredMaterial> Missing(CatalogueEntry item, Contract.AcceptApplicationRequest request, Visit visit) =>
        MaterialsChecklist.Missing(item.Materials, visit.MaterialCodes.Concat(request.Materials), request.ConditionsApplying);

    private async Task<Guid?> TicketAsync(Contract.AcceptApplicationRequest request, Resident resident, Caller caller, CancellationToken cancellationToken)
    {
        if (request.TicketId is not { } text)
        {
            return null;
        }

        var ticket = await QueueReader.FindAsync(db, text, cancellationToken);
        ticket.TakeForAcceptance(caller.Subject, resident.Id, clock.GetUtcNow());
        return ticket.Id;
    }

    private static string FileNumber(string centre, Guid id, DateTimeOffset now) =>
        $"{centre.ToUpperInvariant()}-{ChinaTime.ToChina(now):yyyyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}";

    private static string Receipt(ApplicationFile file, CatalogueEntry item) =>
        $"受理回执\n编号：{file.FileNumber}\n事项：{item.Name}（第{item.Version}版）\n受理时间：{ChinaTime.Written(file.AcceptedAt)}\n"
        + (file.Status == FileStatus.Completed ? "办理结果：即办件，已当场办结。\n"
            : file.StatutoryDeadline is { } due ? $"承诺办结时限：{item.TimeLimitWorkingDays}个工作日，于{ChinaTime.Written(due)}前办结{Provisional(file)}。\n"
            : "承诺办结时限：本事项无法定时限，办结后即通知。\n")
        + $"结果送达：{AcceptanceMapping.DeliveryName(file.DeliveryMethod)}（最多跑一次）。";

    private static string Provisional(ApplicationFile file) =>
        file.DeadlineProvisionalFrom is { } year ? $"（暂定：{year}年工作日历尚未载入，暂按周一至周五计算，载入后重算并告知）" : string.Empty;
}
