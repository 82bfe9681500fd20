namespace OneWindow.Web.Components.Social;

/// <summary>A job recommendation being written on a case: for whom, where, what position.</summary>
public sealed class JobDraft
{
    public string? ResidentId { get; set; }

    public string? Employer { get; set; }

    public string? Position { get; set; }

    public bool Complete => !string.IsNullOrEmpty(ResidentId) && !string.IsNullOrWhiteSpace(Employer) && !string.IsNullOrWhiteSpace(Position);
}
