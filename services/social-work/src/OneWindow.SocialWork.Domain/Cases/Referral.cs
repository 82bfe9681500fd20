using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Cases;

/// <summary>
/// A household referred to the social work department (转介): from an event (an application rejected, a benefit
/// ended) or by a member of staff. A worker accepts it, which opens a case, or declines it with a reason.
/// </summary>
public sealed class Referral
{
    public const int MaxReasonLength = 1_000;

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public ReferralSource Source { get; private set; }

    /// <summary>The service item concerned (the rejected application's or the ended benefit's).</summary>
    public string? ItemCode { get; private set; }

    /// <summary>The rejected application file.</summary>
    public Guid? FileId { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>Staff id of who referred, or <c>system:…</c> for a referral made from an event.</summary>
    public string ReferredBy { get; private set; } = string.Empty;

    public DateTimeOffset ReferredAt { get; private set; }

    public ReferralStatus Status { get; private set; }

    public Guid? CaseId { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DeclineReason { get; private set; }

    public static Referral Receive(Guid id, Guid householdId, ReferralSource source, string? itemCode, Guid? fileId, string reason, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "reason is required: what did you notice?", "reason");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-too-long", $"reason is at most {MaxReasonLength} characters.", "reason");
        }

        return new Referral
        {
            Id = id,
            HouseholdId = householdId,
            Source = source,
            ItemCode = itemCode,
            FileId = fileId,
            Reason = reason.Trim(),
            ReferredBy = by,
            ReferredAt = at,
            Status = ReferralStatus.Open,
        };
    }

    /// <summary>Accepts the referral: the case it opens carries the referral as its origin.</summary>
    public SocialCase Accept(Guid caseId, string leadWorker, string by, DateTimeOffset at)
    {
        EnsureOpen();
        var origin = Source switch
        {
            ReferralSource.ApplicationRejected => CaseOrigin.ApplicationRejected,
            ReferralSource.BenefitEnded => CaseOrigin.BenefitEnded,
            ReferralSource.PolicyGap => CaseOrigin.PolicyGap,
            ReferralSource.ResidentRequest => CaseOrigin.ResidentRequest,
            _ => CaseOrigin.GridManagerReport,
        };
        var socialCase = SocialCase.Open(caseId, HouseholdId, origin, Id, Reason, leadWorker, by, at);
        Status = ReferralStatus.Accepted;
        CaseId = caseId;
        DecidedBy = by;
        DecidedAt = at;
        return socialCase;
    }

    public void Decline(string? reason, string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "reason is required to decline a referral.", "reason");
        }

        Status = ReferralStatus.Declined;
        DeclineReason = reason.Trim();
        DecidedBy = by;
        DecidedAt = at;
    }

    private void EnsureOpen()
    {
        if (Status != ReferralStatus.Open)
        {
            throw new DomainException(DomainErrorKind.Conflict, "referral-decided", $"The referral was already {Status.ToString().ToLowerInvariant()}.", "referralId");
        }
    }
}
