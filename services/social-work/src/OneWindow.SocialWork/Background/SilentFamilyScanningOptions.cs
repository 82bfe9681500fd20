namespace OneWindow.SocialWork.Background;

/// <summary>The silent-family scanning's section: how often it sweeps for scans nobody is running.</summary>
public sealed class SilentFamilyScanningOptions
{
    public const string Section = "SilentFamilyScanning";

    /// <summary>A scan asked for wakes the scanning at once; the sweep takes the scans a stopped replica left.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
