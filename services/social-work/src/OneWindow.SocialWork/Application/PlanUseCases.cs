using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.V1;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application;

/// <summary>
/// Asks policy-law which items a household qualifies for (gRPC, with the worker's own token, so policy-law
/// authorizes the person asking). Never called inside a database transaction; null when policy-law is silent.
/// </summary>
public sealed partial class EligibilityLookup(Eligibility.EligibilityClient client, IOptions<SocialWorkOptions> options, ILogger<EligibilityLookup> logger)
{
    public async Task<FindEligibleItemsReply?> FindAsync(HouseholdRecord household, CancellationToken cancellationToken)
    {
        var facts = new HouseholdFacts
        {
            Age = household.HeadAge,
            LocalHukou = household.HukouDistrict is null ? null : household.HukouDistrict == options.Value.DistrictRegionCode,
            HouseholdSize = Math.Max(household.HouseholdSize, 1),
            PerCapitaIncome = household.PerCapitaIncome?.ToString("0.00", CultureInfo.InvariantCulture),
            DisabilityGrade = household.DisabilityGrade ?? 0,
        };
        facts.Benefits.AddRange(household.Benefits);
        try
        {
            return await client.FindEligibleItemsAsync(
                new FindEligibleItemsRequest { Facts = facts }, deadline: DateTime.UtcNow.Add(options.Value.EligibilityTimeout), cancellationToken: cancellationToken);
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
        {
            LogUnanswered(logger, exception.StatusCode);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "policy-law did not answer FindEligibleItems ({Status}); plans go on without its suggestions")]
    private static partial void LogUnanswered(ILogger logger, StatusCode status);
}

/// <summary>
/// The assistance plan of a case: drafted and revised by the case's workers, actions settled, the policies the
/// household qualifies for linked (only those policy-law confirms), resources linked by referring or pairing.
/// </summary>
public sealed class PlanUseCases(
    SocialWorkDbContext db, CaseAccess access, EligibilityLookup eligibility, IAuditTrail audit, IOutbox outbox, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.Plan> GetAsync(V1.GetPlanRequest request, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        var plan = await PlanAsync(socialCase.Id, cancellationToken);
        var contract = plan.ToContract(ChinaTime.Today(clock));
        var household = await access.HouseholdAsync(socialCase.HouseholdId, cancellationToken);
        if (await eligibility.FindAsync(household, cancellationToken) is { } answer)
        {
            var names = await NamesAsync(cancellationToken);
            contract.SuggestionsAvailable = true;
            contract.SuggestedPolicies.AddRange(answer.Eligible
                .Where(e => plan.Policies.All(p => p.ItemCode != e.ItemCode) && !household.Benefits.Contains(e.ItemCode))
                .Select(e => new V1.SuggestedPolicy
                {
                    ItemCode = e.ItemCode, ItemVersion = e.ItemVersion, Name = names.GetValueOrDefault(e.ItemCode, e.ItemCode), Reason = e.Reason, MonthlyAmount = e.MonthlyAmount,
                }));
        }

        return contract;
    }

    public async Task<V1.Plan> DraftAsync(V1.DraftPlanRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var reviewOn = Wire.ParseDay(request.ReviewOn, "reviewOn");
        var socialCase = await OpenCaseAsync(request.CaseId, caller, "draft-plan", cancellationToken);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.CaseId == socialCase.Id, cancellationToken);
        var today = ChinaTime.Today(clock);
        if (plan is null)
        {
            plan = AssistancePlan.Draft(Guid.CreateVersion7(), socialCase.Id, socialCase.HouseholdId, request.Goals, reviewOn, today, caller.Subject, clock.GetUtcNow());
            db.Plans.Add(plan);
        }
        else
        {
            plan.Revise(request.Goals, reviewOn, today, caller.Subject, clock.GetUtcNow());
        }

        audit.Record(new AuditEntry("draft-plan", "case", socialCase.Id.ToString(), $"revision {plan.Revision}"));
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(today);
    }

    public async Task<V1.Plan> AddActionAsync(V1.AddActionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var dueOn = Wire.ParseDay(request.DueOn, "dueOn");
        var plan = await WorkablePlanAsync(request.CaseId, caller, "add-action", cancellationToken);
        plan.AddAction(Guid.CreateVersion7(), request.Description, request.Owner, dueOn, ChinaTime.Today(clock), caller.Subject, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(ChinaTime.Today(clock));
    }

    public async Task<V1.Plan> SettleActionAsync(V1.SettleActionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var actionId = Wire.ParseId(request.ActionId, "actionId");
        var status = Wire.ToDomain<ActionStatus>(request.Status, "status");
        if (status == ActionStatus.Open)
        {
            throw new DomainException(DomainErrorKind.Invalid, "settle-done-or-dropped", "status is done or dropped.", "status");
        }

        var plan = await WorkablePlanAsync(request.CaseId, caller, "settle-action", cancellationToken);
        plan.SettleAction(actionId, status, request.Note, caller.Subject, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(ChinaTime.Today(clock));
    }

    /// <summary>Links an item to the plan only when policy-law says the household qualifies for it now.</summary>
    public async Task<V1.Plan> LinkPolicyAsync(V1.LinkPolicyRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var itemCode = request.ItemCode.Trim();
        var socialCase = await OpenCaseAsync(request.CaseId, caller, "link-policy", cancellationToken);
        _ = await PlanAsync(socialCase.Id, cancellationToken);
        var household = await access.HouseholdAsync(socialCase.HouseholdId, cancellationToken);
        if (household.Benefits.Contains(itemCode))
        {
            throw new DomainException(DomainErrorKind.Conflict, "benefit-held", $"The household already holds {itemCode}.", "itemCode");
        }

        var answer = await eligibility.FindAsync(household, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.Unavailable, "政策法规部资格核验暂不可用，请稍后再关联政策。"));
        var eligible = answer.Eligible.SingleOrDefault(e => e.ItemCode == itemCode);
        if (eligible is null)
        {
            var undetermined = answer.Undetermined.SingleOrDefault(e => e.ItemCode == itemCode);
            throw new DomainException(
                DomainErrorKind.RuleViolated,
                "not-eligible",
                undetermined is null
                    ? $"policy-law does not find the household eligible for {itemCode}."
                    : $"policy-law cannot decide {itemCode} without more facts: {undetermined.Reason}",
                "itemCode");
        }

        var names = await NamesAsync(cancellationToken);
        var plan = await PlanAsync(socialCase.Id, cancellationToken);
        plan.LinkPolicy(new LinkedPolicy(
            eligible.ItemCode, eligible.ItemVersion, names.GetValueOrDefault(eligible.ItemCode, eligible.ItemCode), eligible.Reason,
            eligible.MonthlyAmount is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null, caller.Subject, clock.GetUtcNow()));
        audit.Record(new AuditEntry("link-policy", "case", socialCase.Id.ToString(), $"{eligible.ItemCode}@{eligible.ItemVersion}"));
        await db.SaveAsync(cancellationToken);
        return plan.ToContract(ChinaTime.Today(clock));
    }

    /// <summary>Refers or pairs the household to a resource (taking a place; refused at capacity) and links it to the plan.</summary>
    public async Task<V1.Plan> LinkResourceAsync(V1.LinkResourceRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var resourceId = Wire.ParseId(request.ResourceId, "resourceId");
        var kind = Wire.ToDomain<LinkKind>(request.Kind, "kind");
        var plan = await WorkablePlanAsync(request.CaseId, caller, "link-resource", cancellationToken);
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resource", "There is no such resource in this centre's directory.", "resourceId");
        if (await db.ResourceReferrals.AnyAsync(r => r.CaseId == plan.CaseId && r.ResourceId == resourceId && r.Status == LinkStatus.Active, cancellationToken))
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-linked", $"The household is already linked to {resource.Name}.", "resourceId");
        }

        var now = clock.GetUtcNow();
        var referral = ResourceReferral.Make(Guid.CreateVersion7(), plan.CaseId, plan.HouseholdId, resource, kind, request.Note, caller.Subject, now);
        plan.LinkResource(new LinkedResource(resource.Id, referral.Id, resource.Name, resource.Kind, caller.Subject, now));
        db.ResourceReferrals.Add(referral);
        audit.Record(new AuditEntry(kind == LinkKind.Pairing ? "pair" : "refer-to-resource", "case", plan.CaseId.ToString(), resource.Name));
        outbox.Add(new ReferralMade { OccurredAt = now, Tenant = tenant.RequireCentre(), ReferralId = referral.Id, CaseId = plan.CaseId, HouseholdId = plan.HouseholdId, WorkerStaffId = caller.Subject });
        await db.SaveAsync(cancellationToken, $"{resource.Name} changed meanwhile (perhaps its last place was taken): try again.");
        return plan.ToContract(ChinaTime.Today(clock));
    }

    private async Task<SocialCase> OpenCaseAsync(string caseText, Caller caller, string action, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(caseText, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, action, cancellationToken);
        return socialCase.IsOpen
            ? socialCase
            : throw new DomainException(DomainErrorKind.Conflict, "case-closed", "The case is closed.", "caseId");
    }

    private async Task<AssistancePlan> WorkablePlanAsync(string caseText, Caller caller, string action, CancellationToken cancellationToken) =>
        await PlanAsync((await OpenCaseAsync(caseText, caller, action, cancellationToken)).Id, cancellationToken);

    private async Task<AssistancePlan> PlanAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Plans.SingleOrDefaultAsync(p => p.CaseId == caseId, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "no-plan", "The case has no assistance plan yet: draft it first.", "caseId");

    private async Task<Dictionary<string, string>> NamesAsync(CancellationToken cancellationToken) =>
        await db.Catalogue.AsNoTracking().ToDictionaryAsync(i => i.ItemCode, i => i.Name, cancellationToken);
}
