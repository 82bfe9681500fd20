using OneWindow.SocialWork.V1;

namespace OneWindow.Web.Components.Social;

/// <summary>The visit form as the worker fills it in at the household: a scheduled visit's id when it completes one.</summary>
public sealed class VisitDraft
{
    public string? VisitId { get; init; }

    public VisitPurpose Purpose { get; set; }

    /// <summary>Shanghai time, as the worker reads it on the tablet.</summary>
    public DateTime VisitedAt { get; set; }

    public string? Findings { get; set; }

    public DateOnly? NextVisitOn { get; set; }
}
