using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Plans;

/// <summary>
/// The family-based assistance plan (帮困方案) of a case: goals, actions with owners and due dates, the policies
/// the family qualifies for and the resources it is linked to, and the date the plan is reviewed.
/// </summary>
public sealed class AssistancePlan
{
    public const int MaxGoals = 10;
    public const int MaxActions = 50;
    public const int MaxTextLength = 500;

    private readonly List<string> _goals = [];
    private readonly List<PlanAction> _actions = [];
    private readonly List<LinkedPolicy> _policies = [];
    private readonly List<LinkedResource> _resources = [];

    private AssistancePlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public IReadOnlyList<string> Goals => _goals;

    public IReadOnlyList<PlanAction> Actions => _actions;

    public IReadOnlyList<LinkedPolicy> Policies => _policies;

    public IReadOnlyList<LinkedResource> Resources => _resources;

    public DateOnly ReviewOn { get; private set; }

    public int Revision { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; private set; }

    public int OpenActions => Actions.Count(a => a.Status == ActionStatus.Open);

    public static AssistancePlan Draft(Guid id, Guid caseId, Guid householdId, IEnumerable<string> goals, DateOnly reviewOn, DateOnly today, string by, DateTimeOffset now)
    {
        var plan = new AssistancePlan { Id = id, CaseId = caseId, HouseholdId = householdId };
        plan.Revise(goals, reviewOn, today, by, now);
        return plan;
    }

    /// <summary>New goals and review date; actions and links stay.</summary>
    public void Revise(IEnumerable<string> goals, DateOnly reviewOn, DateOnly today, string by, DateTimeOffset now)
    {
        var cleaned = goals.Select(g => g?.Trim() ?? string.Empty).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (cleaned.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "goals-required", "goals: at least one goal is required.", "goals");
        }

        if (cleaned.Count > MaxGoals || cleaned.Any(g => g.Length > MaxTextLength))
        {
            throw new DomainException(DomainErrorKind.Invalid, "goals-too-long", $"goals: at most {MaxGoals}, each at most {MaxTextLength} characters.", "goals");
        }

        if (reviewOn <= today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "review-date-not-future", "reviewOn is a date after today.", "reviewOn");
        }

        _goals.Clear();
        _goals.AddRange(cleaned);
        ReviewOn = reviewOn;
        Touch(by, now);
    }

    public PlanAction AddAction(Guid id, string? description, string? owner, DateOnly dueOn, DateOnly today, string by, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > MaxTextLength)
        {
            throw new DomainException(DomainErrorKind.Invalid, "description-required", $"description is required, at most {MaxTextLength} characters.", "description");
        }

        if (string.IsNullOrWhiteSpace(owner) || owner.Trim().Length > 100)
        {
            throw new DomainException(DomainErrorKind.Invalid, "owner-required", "owner is required: who does it (a worker, the family, a partner)?", "owner");
        }

        if (dueOn < today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "due-in-the-past", "dueOn is today or later.", "dueOn");
        }

        if (Actions.Count >= MaxActions)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "too-many-actions", $"A plan has at most {MaxActions} actions.", "description");
        }

        var action = new PlanAction(id, description.Trim(), owner.Trim(), dueOn, ActionStatus.Open, null, null);
        _actions.Add(action);
        Touch(by, now);
        return action;
    }

    /// <summary>Settles an open action as done (with its outcome) or dropped (with the reason).</summary>
    public void SettleAction(Guid actionId, ActionStatus outcome, string? note, string by, DateTimeOffset now)
    {
        var index = _actions.FindIndex(a => a.Id == actionId);
        if (index < 0)
        {
            throw new DomainException(DomainErrorKind.NotFound, "unknown-action", "The plan has no such action.", "actionId");
        }

        if (Actions[index].Status != ActionStatus.Open)
        {
            throw new DomainException(DomainErrorKind.Conflict, "action-settled", "The action is already settled.", "actionId");
        }

        if (outcome == ActionStatus.Dropped && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "note: say why the action is dropped.", "note");
        }

        var settled = Actions[index] with { Status = outcome, SettledAt = now, Outcome = string.IsNullOrWhiteSpace(note) ? null : note.Trim() };
        _actions[index] = settled;
        Touch(by, now);
    }

    public void LinkPolicy(LinkedPolicy policy)
    {
        if (Policies.Any(p => p.ItemCode == policy.ItemCode))
        {
            throw new DomainException(DomainErrorKind.Conflict, "policy-linked", $"{policy.ItemCode} is already linked to the plan.", "itemCode");
        }

        _policies.Add(policy);
        Touch(policy.LinkedBy, policy.LinkedAt);
    }

    public void LinkResource(LinkedResource resource)
    {
        _resources.Add(resource);
        Touch(resource.LinkedBy, resource.LinkedAt);
    }

    public bool ReviewDue(DateOnly today) => ReviewOn <= today;

    private void Touch(string by, DateTimeOffset now)
    {
        Revision++;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
