using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Calendar;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Bundling;
using OneWindow.Intake.Domain.Catalogue;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application;

/// <summary>
/// 一口受理: any clerk accepts any item the centre offers for a resident and their household. Everything
/// missing is told at once; a complete file commits with its audit record and application-accepted (and,
/// for an instant item, application-completed) in one transaction. Then, outside that transaction, the
/// eligibility hint from policy-law and the other items due for the household in this same visit.
/// </summary>
public sealed class AcceptApplication(
    IntakeDbContext db, CatalogueReader catalogue, FindDueItems dueItems, EligibilityPrecheck eligibility,
    IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
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
        var deadline = item.Kind == ItemKind.Instant ? (DateTimeOffset?)null : WorkingDayCalendar.China.DeadlineFor(now, item.TimeLimitWorkingDays);
        var id = Guid.CreateVersion7();
        var file = ApplicationFile.Accept(
            id, FileNumber(centre, id, now), item.ItemCode, item.Version, item.Kind, resident.Id, household.Id, ticketId, visit.Id,
            request.FromBundling, caller.Subject, now, deadline, AcceptanceMapping.ToDomain(request.DeliveryMethod), materials.Intersect(item.Materials.Select(m => m.Code)));
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

        await db.SaveChangesAsync(cancellationToken);

        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        await connection.DisposeAsync();
        var reply = new Contract.AcceptReply
        {
            File = AcceptanceMapping.ToContract(file, bundledWith),
            Receipt = Receipt(file, item),
            Eligibility = await eligibility.EvaluateAsync(item.ItemCode, item.Version, household.Facts(members, ChinaTime.Today(clock), resident), cancellationToken),
        };
        reply.AlsoDue.AddRange((await dueItems.PeriodicAsync(household.Id, cancellationToken)).Where(d => d.ItemCode != item.ItemCode));
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
            if (!visit.Concerns(resident.Id, household.Id) || ChinaTime.Today(clock) != DateOnly.FromDateTime(ChinaTime.ToChina(visit.StartedAt).DateTime))
            {
                throw new DomainException(DomainErrorKind.Invalid, "visit-mismatch", "This visit is of another household or another day.", "visitId");
            }
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
        if (ticket.ClerkStaffId != caller.Subject || ticket.Status is not (TicketStatus.Called or TicketStatus.Serving))
        {
            throw new DomainException(DomainErrorKind.Conflict, "ticket-not-at-window", $"Ticket {ticket.Number} is not being served at your window.", "ticketId");
        }

        if (ticket.Status == TicketStatus.Called)
        {
            ticket.StartService(caller.Subject, resident.Id, clock.GetUtcNow());
        }
        else if (ticket.ResidentId is null)
        {
            ticket.Serve(resident.Id, caller.Subject);
        }

        return ticket.Id;
    }

    private static string FileNumber(string centre, Guid id, DateTimeOffset now) =>
        $"{centre.ToUpperInvariant()}-{ChinaTime.ToChina(now):yyyyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}";

    private static string Receipt(ApplicationFile file, CatalogueEntry item) =>
        $"受理回执\n编号：{file.FileNumber}\n事项：{item.Name}（第{item.Version}版）\n受理时间：{Wire.Instant(file.AcceptedAt)}\n"
        + (file.Status == FileStatus.Completed
            ? "办理结果：即办件，已当场办结。\n"
            : $"承诺办结时限：{item.TimeLimitWorkingDays}个工作日，于{Wire.Instant(file.StatutoryDeadline)}前办结。\n")
        + $"结果送达：{AcceptanceMapping.DeliveryName(file.DeliveryMethod)}（最多跑一次）。";
}

/// <summary>
/// 一次性办结: the items due for a household now. Periodic items (annual reviews) come from intake's own
/// completed files and the catalogue's recurrence; items the household newly qualifies for come from
/// policy-law when asked and when it answers.
/// </summary>
public sealed class FindDueItems(IntakeDbContext db, CatalogueReader catalogue, EligibilityPrecheck eligibility, IOptions<IntakeOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<Contract.DueItem>> PeriodicAsync(Guid householdId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var items = await catalogue.AllInForceAsync(cancellationToken);
        var disabled = await catalogue.DisabledAsync(cancellationToken);
        var periodic = items.Where(i => i.RecurrenceMonths is > 0 && !disabled.Contains(i.ItemCode)).Select(i => new PeriodicItem(i.ItemCode, i.Name, i.RecurrenceMonths!.Value)).ToList();
        var codes = periodic.Select(p => p.ItemCode).ToList();
        var files = await db.Files.AsNoTracking()
            .Where(f => f.HouseholdId == householdId && codes.Contains(f.ItemCode))
            .Select(f => new { f.ItemCode, f.Status, f.Outcome, f.CompletedAt, f.AcceptedAt })
            .ToListAsync(cancellationToken);
        var history = files.GroupBy(f => f.ItemCode).Select(g =>
        {
            var lastGranted = g.Where(f => f.Outcome == CompletionOutcome.Granted).Max(f => f.CompletedAt);
            var open = g.Any(f => f.Status != FileStatus.Completed);
            return new ItemHistory(g.Key, lastGranted is { } at ? DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime) : null, open);
        });
        var due = DueItems.Find(periodic, history, ChinaTime.Today(clock), options.Value.BundlingLookAheadDays, []);
        return [.. due.Select(d => new Contract.DueItem { ItemCode = d.ItemCode, Name = d.Name, DueOn = Wire.Day(d.DueOn), Reason = d.Reason, Source = "periodic" })];
    }

    public async Task<Contract.DueItemsReply> ListAsync(string householdIdText, bool includeEligible, CancellationToken cancellationToken)
    {
        var householdId = Wire.ParseId(householdIdText, "householdId");
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == householdId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");
        var reply = new Contract.DueItemsReply();
        reply.Items.AddRange(await PeriodicAsync(householdId, cancellationToken));
        if (!includeEligible)
        {
            return reply;
        }

        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == householdId).ToListAsync(cancellationToken);
        var eligible = await eligibility.FindAsync(household.Facts(members, ChinaTime.Today(clock)), cancellationToken);
        reply.EligibilityChecked = eligible is not null;
        if (eligible is not null)
        {
            var items = (await catalogue.AllInForceAsync(cancellationToken)).ToDictionary(i => i.ItemCode, StringComparer.Ordinal);
            var disabled = await catalogue.DisabledAsync(cancellationToken);
            var known = await db.Files.AsNoTracking().Where(f => f.HouseholdId == householdId).Select(f => f.ItemCode).Distinct().ToListAsync(cancellationToken);
            var skip = known.Concat(household.Benefits).Concat(reply.Items.Select(i => i.ItemCode)).ToHashSet(StringComparer.Ordinal);
            foreach (var result in eligible.Where(r => !skip.Contains(r.ItemCode) && !disabled.Contains(r.ItemCode) && items.TryGetValue(r.ItemCode, out var i) && i.RecurrenceMonths is null))
            {
                reply.Items.Add(new Contract.DueItem { ItemCode = result.ItemCode, Name = items[result.ItemCode].Name, DueOn = Wire.Day(ChinaTime.Today(clock)), Reason = result.Reason, Source = "eligible" });
            }
        }

        return reply;
    }
}

/// <summary>After a return by review (补正), the resident brings what was asked, against the same file.</summary>
public sealed class AcceptSupplement(IntakeDbContext db, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.ApplicationFile> HandleAsync(Contract.AcceptSupplementRequest request, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var file = await FileReader.FindAsync(db, request.FileId, cancellationToken);
        var brought = file.ReceiveSupplement(request.Materials);
        var now = clock.GetUtcNow();
        audit.Record(new AuditEntry("accept-supplement", "file", file.Id.ToString(), $"round {file.ReturnCount}: {string.Join(",", brought)}"));
        outbox.Add(new SupplementReceived { OccurredAt = now, Tenant = centre, FileId = file.Id, ReturnRound = file.ReturnCount, MaterialCodes = brought });
        await db.SaveChangesAsync(cancellationToken);
        return await FileReader.ToContractAsync(db, file, cancellationToken);
    }
}

public sealed class FileReader(IntakeDbContext db, CatalogueReader catalogue)
{
    public static async Task<ApplicationFile> FindAsync(IntakeDbContext db, string fileId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(fileId, "fileId");
        return await db.Files.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-file", "There is no such file in this centre.", "fileId");
    }

    public static async Task<Contract.ApplicationFile> ToContractAsync(IntakeDbContext db, ApplicationFile file, CancellationToken cancellationToken)
    {
        var bundled = await db.Files.AsNoTracking().Where(f => f.VisitId == file.VisitId && f.Id != file.Id).Select(f => f.Id).ToListAsync(cancellationToken);
        var contract = AcceptanceMapping.ToContract(file, bundled);
        var fee = await db.FeePayments.AsNoTracking().Where(p => p.FileId == file.Id).Select(p => new { p.Amount, p.ReceiptNumber }).SingleOrDefaultAsync(cancellationToken);
        if (fee is not null)
        {
            contract.FeePaid = Wire.Money(fee.Amount);
            contract.FeeReceiptNumber = fee.ReceiptNumber;
        }

        return contract;
    }

    public async Task<Contract.ApplicationFile> GetAsync(string fileId, CancellationToken cancellationToken) =>
        await ToContractAsync(db, await FindAsync(db, fileId, cancellationToken), cancellationToken);

    public async Task<Contract.Checklist> ChecklistAsync(string itemCode, CancellationToken cancellationToken)
    {
        var item = await catalogue.InForceAsync(itemCode, cancellationToken);
        var setting = await catalogue.SettingAsync(itemCode, cancellationToken);
        var checklist = new Contract.Checklist
        {
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            Name = item.Name,
            Kind = (Contract.ItemKind)((int)item.Kind + 1),
            TimeLimitWorkingDays = item.TimeLimitWorkingDays,
            Enabled = setting?.Enabled ?? true,
            LocalNote = setting?.LocalNote ?? string.Empty,
        };
        checklist.Materials.AddRange(item.Materials.Select(AcceptanceMapping.ToContract));
        return checklist;
    }
}

internal static class AcceptanceMapping
{
    public static Contract.Material ToContract(RequiredMaterial material) => new()
    {
        Code = material.Code,
        Name = material.Name,
        Original = material.Original,
        Count = material.Count,
        Condition = material.Condition ?? string.Empty,
    };

    public static DeliveryMethod ToDomain(Contract.DeliveryMethod method) => method switch
    {
        Contract.DeliveryMethod.Post => DeliveryMethod.Post,
        Contract.DeliveryMethod.Electronic => DeliveryMethod.Electronic,
        Contract.DeliveryMethod.CollectAtCentre => DeliveryMethod.CollectAtCentre,
        // 最多跑一次: unless the resident chooses otherwise, the grid manager brings the result home.
        _ => DeliveryMethod.HomeDelivery,
    };

    public static string DeliveryName(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Post => "邮寄送达",
        DeliveryMethod.Electronic => "电子送达",
        DeliveryMethod.CollectAtCentre => "中心窗口领取",
        _ => "网格员送达到家",
    };

    public static Contract.ApplicationFile ToContract(ApplicationFile file, IEnumerable<Guid> bundledWith)
    {
        var contract = new Contract.ApplicationFile
        {
            FileId = file.Id.ToString(),
            FileNumber = file.FileNumber,
            ItemCode = file.ItemCode,
            ItemVersion = file.ItemVersion,
            Kind = (Contract.ItemKind)((int)file.Kind + 1),
            ResidentId = file.ResidentId.ToString(),
            HouseholdId = file.HouseholdId.ToString(),
            VisitId = file.VisitId.ToString(),
            FromBundling = file.FromBundling,
            AcceptedBy = file.AcceptedBy,
            AcceptedAt = Wire.Instant(file.AcceptedAt),
            StatutoryDeadline = Wire.Instant(file.StatutoryDeadline),
            DeliveryMethod = (Contract.DeliveryMethod)((int)file.DeliveryMethod + 1),
            Status = (Contract.FileStatus)((int)file.Status + 1),
            ReturnCount = file.ReturnCount,
            Outcome = file.Outcome?.ToString().ToLowerInvariant() ?? string.Empty,
        };
        contract.Delivery = new Contract.Delivery
        {
            Progress = (Contract.DeliveryProgress)((int)file.DeliveryProgress + 1),
            TaskId = file.DeliveryTaskId?.ToString() ?? string.Empty,
            GridManagerStaffId = file.DeliveryGridManager ?? string.Empty,
            Due = Wire.Instant(file.DeliveryDue),
            DeliveredAt = Wire.Instant(file.DeliveredAt),
            FailedAttempts = file.FailedDeliveries,
            LastFailureReason = file.LastDeliveryFailure ?? string.Empty,
            LastFailedAt = Wire.Instant(file.LastDeliveryFailedAt),
        };
        contract.BundledWith.AddRange(bundledWith.Select(id => id.ToString()));
        contract.MissingOnReturn.AddRange(file.MissingOnReturn);
        contract.Materials.AddRange(file.MaterialCodes);
        return contract;
    }
}
