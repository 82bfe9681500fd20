namespace OneWindow.SocialWork.Persistence.ReadModels;

/// <summary>
/// An application file as intake accepted it: which household it is for. Policy-law's rejection names only the
/// file, so this is how a rejection finds its household. A rejection that arrives first waits here for its file.
/// </summary>
public sealed class ApplicationFileRecord
{
    public Guid FileId { get; set; }

    public Guid? HouseholdId { get; set; }

    public Guid? ResidentId { get; set; }

    public string ItemCode { get; set; } = string.Empty;

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RejectedAt { get; set; }

    public string? RejectionReason { get; set; }
}
