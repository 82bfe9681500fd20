using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application;

/// <summary>
/// A worker's actions on cases: open, accept or decline a referral, advance, close, assign, describe the
/// situation, write notes, read sensitive notes. Each change commits with its audit record and its events.
/// </summary>
public sealed class CaseUseCases(
    SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ITenantContext tenant, TimeProvider clock)
{
    public const string NotePurpose = "case_notes.text";

    public async Task<V1.Case> OpenAsync(V1.OpenCaseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var lead = LeadWorker(request.LeadWorker, caller);
        await access.EnsureNoOpenCaseAsync(household.HouseholdId, cancellationToken);
        var socialCase = SocialCase.Open(Guid.CreateVersion7(), household.HouseholdId, CaseOrigin.SocialWorker, null, request.Reason, lead, caller.Subject, clock.GetUtcNow());
        return await SaveOpenedAsync(socialCase, "open-case", cancellationToken);
    }

    public async Task<V1.Referral> MakeReferralAsync(V1.MakeReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var source = Wire.ToDomain<ReferralSource>(request.Source, "source");
        if (source is ReferralSource.ApplicationRejected or ReferralSource.BenefitEnded)
        {
            throw new DomainException(DomainErrorKind.Invalid, "source-from-events", "Rejections and ended benefits are referred by the platform itself.", "source");
        }

        var referral = Referral.Receive(
            Guid.CreateVersion7(), household.HouseholdId, source, string.IsNullOrWhiteSpace(request.ItemCode) ? null : request.ItemCode.Trim(), null,
            request.Reason, caller.Subject, clock.GetUtcNow());
        db.Referrals.Add(referral);
        audit.Record(new AuditEntry("refer", "household", household.HouseholdId.ToString(), source.ToString()));
        await db.SaveAsync(cancellationToken);
        return referral.ToContract();
    }

    public async Task<V1.Case> AcceptReferralAsync(V1.AcceptReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var referral = await ReferralAsync(request.ReferralId, cancellationToken);
        var lead = LeadWorker(request.LeadWorker, caller);
        await access.EnsureNoOpenCaseAsync(referral.HouseholdId, cancellationToken);
        var socialCase = referral.Accept(Guid.CreateVersion7(), lead, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("accept-referral", "referral", referral.Id.ToString()));
        return await SaveOpenedAsync(socialCase, "open-case", cancellationToken);
    }

    public async Task<V1.Referral> DeclineReferralAsync(V1.DeclineReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var referral = await ReferralAsync(request.ReferralId, cancellationToken);
        referral.Decline(request.Reason, caller.Subject, clock.GetUtcNow());
        audit.Record(new AuditEntry("decline-referral", "referral", referral.Id.ToString(), referral.DeclineReason));
        await db.SaveAsync(cancellationToken);
        return referral.ToContract();
    }

    public async Task<V1.Case> AdvanceAsync(V1.AdvanceCaseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var to = Wire.ToDomain<CaseStatus>(request.To, "to");
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "advance-case", cancellationToken);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == socialCase.Id, cancellationToken);
        socialCase.MoveTo(to, caller.Subject, clock.GetUtcNow(), request.Note, plan?.Actions.Count(a => a.Status != ActionStatus.Dropped) ?? 0);
        audit.Record(new AuditEntry("advance-case", "case", socialCase.Id.ToString(), to.ToString()));
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }

    public async Task<V1.Case> CloseAsync(V1.CloseCaseRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "close-case", cancellationToken);
        ClosureReason? reason = request.ClosureReason == V1.ClosureReason.Unspecified ? null : Wire.ToDomain<ClosureReason>(request.ClosureReason, "closureReason");
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == socialCase.Id, cancellationToken);
        var now = clock.GetUtcNow();
        socialCase.Close(reason, request.Note, plan?.OpenActions ?? 0, caller.Subject, now);
        audit.Record(new AuditEntry("close-case", "case", socialCase.Id.ToString(), socialCase.ClosureReason.ToString()));
        outbox.Add(new CaseClosed { OccurredAt = now, Tenant = tenant.RequireCentre(), CaseId = socialCase.Id, HouseholdId = socialCase.HouseholdId, WorkerStaffId = socialCase.LeadWorker });
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }

    public async Task<V1.Case> AssignWorkerAsync(V1.AssignWorkerRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "assign-worker", cancellationToken);
        socialCase.AssignWorker(request.StaffId.Trim(), clock.GetUtcNow());
        audit.Record(new AuditEntry("assign-worker", "case", socialCase.Id.ToString(), request.StaffId.Trim()));
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }

    public async Task<V1.Case> DescribeSituationAsync(V1.DescribeSituationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var situation = Mapping.ToDomain(request.Situation);
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "describe-situation", cancellationToken);
        socialCase.DescribeSituation(situation, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }

    public async Task<V1.CaseNote> AddNoteAsync(V1.AddNoteRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var text = CaseNote.Validate(request.Text);
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "write-note", cancellationToken);
        var stored = request.Sensitive ? protector.Protect(text, NotePurpose) : text;
        var note = CaseNote.Write(Guid.CreateVersion7(), socialCase, request.Sensitive, stored, caller.Subject, clock.GetUtcNow());
        db.Notes.Add(note);
        if (note.Sensitive)
        {
            audit.Record(new AuditEntry("write-sensitive-note", "case", socialCase.Id.ToString()));
        }

        await db.SaveAsync(cancellationToken);
        return Mapping.ToContract(note, text, withheld: false);
    }

    /// <summary>The case's sensitive notes, decrypted, for its workers and the head; the reading is audited, a refusal too.</summary>
    public async Task<V1.SensitiveNotesReply> ReadSensitiveNotesAsync(V1.ReadSensitiveNotesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        if (!socialCase.MaySeeSensitiveNotes(caller.Subject, caller.IsDepartmentHead))
        {
            await audit.RecordDenialAsync(new AuditEntry("read-sensitive-notes", "case", socialCase.Id.ToString(), "not a worker of the case"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-on-case", "Sensitive notes are for the case's workers and the department head only.", "caseId");
        }

        var notes = await db.Notes.AsNoTracking().Where(n => n.CaseId == socialCase.Id && n.Sensitive).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        audit.Record(new AuditEntry("read-sensitive-notes", "case", socialCase.Id.ToString(), $"{notes.Count} note(s)"));
        await db.SaveAsync(cancellationToken);
        var reply = new V1.SensitiveNotesReply();
        reply.Notes.AddRange(notes.Select(n => Mapping.ToContract(n, protector.Unprotect(n.Text, NotePurpose), withheld: false)));
        return reply;
    }

    private async Task<V1.Case> SaveOpenedAsync(SocialCase socialCase, string action, CancellationToken cancellationToken)
    {
        db.Cases.Add(socialCase);
        audit.Record(new AuditEntry(action, "case", socialCase.Id.ToString(), socialCase.Origin.ToString()));
        outbox.Add(new CaseOpened
        {
            OccurredAt = socialCase.OpenedAt, Tenant = tenant.RequireCentre(), CaseId = socialCase.Id, HouseholdId = socialCase.HouseholdId, WorkerStaffId = socialCase.LeadWorker,
        });
        await db.SaveAsync(cancellationToken, "The household already has an open case.");
        return socialCase.ToContract([]);
    }

    private async Task<Referral> ReferralAsync(string id, CancellationToken cancellationToken)
    {
        var referralId = Wire.ParseId(id, "referralId");
        return await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-referral", "There is no such referral in this centre.", "referralId");
    }

    /// <summary>The lead is the caller; only the department head hands a case to someone else.</summary>
    private static string LeadWorker(string? requested, Caller caller)
    {
        if (string.IsNullOrWhiteSpace(requested) || requested.Trim() == caller.Subject)
        {
            return caller.Subject;
        }

        return caller.IsDepartmentHead
            ? requested.Trim()
            : throw new DomainException(DomainErrorKind.Forbidden, "head-assigns", "Only the department head names another worker as lead.", "leadWorker");
    }
}

/// <summary>Cases and households as the centre's social workers see them: sensitive notes withheld unless on the case.</summary>
public sealed class CaseReader(SocialWorkDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<V1.Case> GetAsync(V1.GetCaseRequest request, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        return await ToContractAsync(db, socialCase, cancellationToken);
    }

    public async Task<V1.ListCasesReply> ListAsync(V1.ListCasesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var query = db.Cases.AsNoTracking();
        if (request.Status == V1.CaseStatus.Unspecified)
        {
            query = query.Where(c => c.Status != CaseStatus.Closed);
        }
        else
        {
            var status = Wire.ToDomain<CaseStatus>(request.Status, "status");
            query = query.Where(c => c.Status == status);
        }

        if (Wire.OptionalId(request.HouseholdId, "householdId") is { } householdId)
        {
            query = query.Where(c => c.HouseholdId == householdId);
        }

        if (request.Mine)
        {
            query = query.Where(c => c.Workers.Contains(caller.Subject));
        }

        var cases = await query.OrderByDescending(c => c.OpenedAt).Take(500).ToListAsync(cancellationToken);
        var reply = new V1.ListCasesReply();
        reply.Cases.AddRange(cases.Select(c => c.ToContract([])));
        return reply;
    }

    public async Task<V1.Household> HouseholdAsync(V1.GetHouseholdRequest request, CancellationToken cancellationToken)
    {
        var household = await access.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.HouseholdId == household.HouseholdId).OrderByDescending(c => c.OpenedAt).ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking().Where(v => v.HouseholdId == household.HouseholdId).OrderByDescending(v => v.ScheduledOn).ToListAsync(cancellationToken);
        return household.ToContract(cases, visits, ChinaTime.Today(clock));
    }

    internal static async Task<V1.Case> ToContractAsync(SocialWorkDbContext db, SocialCase socialCase, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking().Where(n => n.CaseId == socialCase.Id).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        return socialCase.ToContract(notes);
    }
}

/// <summary>The referrals waiting for (or decided by) the department.</summary>
public sealed class ReferralReader(SocialWorkDbContext db)
{
    public async Task<V1.ListReferralsReply> ListAsync(V1.ListReferralsRequest request, CancellationToken cancellationToken)
    {
        var status = request.Status == V1.ReferralStatus.Unspecified ? ReferralStatus.Open : Wire.ToDomain<ReferralStatus>(request.Status, "status");
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.Status == status).OrderBy(r => r.ReferredAt).Take(500).ToListAsync(cancellationToken);
        var reply = new V1.ListReferralsReply();
        reply.Referrals.AddRange(referrals.Select(r => r.ToContract()));
        return reply;
    }
}
