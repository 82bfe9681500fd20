using OneWindow.Common.Errors;
using OneWindow.SocialWork.Domain.Cases;

namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>
/// A household the silent-family scan flagged for outreach, with every reason found. While it is open (or
/// deferred) the household is not flagged again for those reasons; new reasons join it instead.
/// </summary>
public sealed class SilentFamilyFinding
{
    private readonly List<FindingReason> _reasons = [];

    private SilentFamilyFinding()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public IReadOnlyList<FindingReason> Reasons => _reasons;

    public FindingStatus Status { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public DateOnly? DeferredUntil { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DismissReason { get; private set; }

    public Guid? CaseId { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOpen => Status is FindingStatus.Open or FindingStatus.Deferred;

    public bool HasReason(string ruleCode) => Reasons.Any(r => r.RuleCode == ruleCode);

    public static SilentFamilyFinding Raise(Guid id, Guid householdId, IReadOnlyList<FindingReason> reasons, DateTimeOffset at)
    {
        if (reasons.Count == 0)
        {
            throw new ArgumentException("A finding needs at least one reason.", nameof(reasons));
        }

        var finding = new SilentFamilyFinding { Id = id, HouseholdId = householdId, Status = FindingStatus.Open, FoundAt = at, UpdatedAt = at };
        finding._reasons.AddRange(reasons);
        return finding;
    }

    public void AddReasons(IEnumerable<FindingReason> reasons, DateTimeOffset at)
    {
        var fresh = reasons.Where(r => !HasReason(r.RuleCode)).ToList();
        _reasons.AddRange(fresh);
        UpdatedAt = at;
    }

    /// <summary>A worker takes the family on: the case it opens says why the family was found.</summary>
    public SocialCase Accept(Guid caseId, string leadWorker, string by, DateTimeOffset at)
    {
        EnsureOpen();
        var socialCase = SocialCase.Open(caseId, HouseholdId, CaseOrigin.SilentFamilyFinding, Id, "沉默型困难家庭排查：" + string.Join("；", Reasons.Select(r => r.Text)), leadWorker, by, at);
        Decide(FindingStatus.Accepted, by, at);
        CaseId = caseId;
        return socialCase;
    }

    public void Dismiss(string? reason, string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "reason is required to dismiss a finding.", "reason");
        }

        DismissReason = reason.Trim();
        Decide(FindingStatus.Dismissed, by, at);
    }

    public void Defer(DateOnly until, DateOnly today, string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (until <= today)
        {
            throw new DomainException(DomainErrorKind.Invalid, "defer-date-not-future", "until is a date after today.", "until");
        }

        DeferredUntil = until;
        Decide(FindingStatus.Deferred, by, at);
    }

    private void Decide(FindingStatus status, string by, DateTimeOffset at)
    {
        Status = status;
        DecidedBy = by;
        DecidedAt = at;
        UpdatedAt = at;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException(DomainErrorKind.Conflict, "finding-decided", $"The finding was already {Status.ToString().ToLowerInvariant()}.", "findingId");
        }
    }
}
