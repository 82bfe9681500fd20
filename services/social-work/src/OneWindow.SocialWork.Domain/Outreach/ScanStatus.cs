namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>Where one centre's silent-family scan stands.</summary>
public enum ScanStatus
{
    /// <summary>Stored and answered; its households are being scanned in the background.</summary>
    Scanning,

    /// <summary>Every household was scanned.</summary>
    Done,

    /// <summary>The scan broke off (see its failure); the centre may be scanned again.</summary>
    Failed,
}
