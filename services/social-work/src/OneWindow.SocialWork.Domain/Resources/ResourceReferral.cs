using OneWindow.Common.Errors;

namespace OneWindow.SocialWork.Domain.Resources;

/// <summary>
/// A case's household referred or paired to a resource, holding one of its places while active; concluded as
/// completed (the service was given) or ended (broken off), always with the outcome in words.
/// </summary>
public sealed class ResourceReferral
{
    private ResourceReferral()
    {
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Guid ResourceId { get; private set; }

    public LinkKind Kind { get; private set; }

    public LinkStatus Status { get; private set; }

    public string? Note { get; private set; }

    public string MadeBy { get; private set; } = string.Empty;

    public DateTimeOffset MadeAt { get; private set; }

    public string? Outcome { get; private set; }

    public string? ConcludedBy { get; private set; }

    public DateTimeOffset? ConcludedAt { get; private set; }

    /// <summary>Refers the household, taking a place of the resource (refused at capacity).</summary>
    public static ResourceReferral Make(Guid id, Guid caseId, Guid householdId, SocialResource resource, LinkKind kind, string? note, string by, DateTimeOffset now)
    {
        resource.TakePlace(now);
        return new ResourceReferral
        {
            Id = id, CaseId = caseId, HouseholdId = householdId, ResourceId = resource.Id, Kind = kind, Status = LinkStatus.Active,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), MadeBy = by, MadeAt = now,
        };
    }

    public void Conclude(LinkStatus status, string? outcome, SocialResource resource, string by, DateTimeOffset now)
    {
        if (Status != LinkStatus.Active)
        {
            throw new DomainException(DomainErrorKind.Conflict, "referral-concluded", "The referral is already concluded.", "referralId");
        }

        if (status == LinkStatus.Active)
        {
            throw new DomainException(DomainErrorKind.Invalid, "conclusion-required", "status is completed or ended.", "status");
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainException(DomainErrorKind.Invalid, "outcome-required", "outcome is required: what came of it?", "outcome");
        }

        Status = status;
        Outcome = outcome.Trim();
        ConcludedBy = by;
        ConcludedAt = now;
        resource.ReleasePlace(now);
    }
}
