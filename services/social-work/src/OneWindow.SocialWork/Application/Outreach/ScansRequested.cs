using OneWindow.Outbox;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// Wakes the silent-family scanning when a scan asked for commits, so its households are scanned within moments instead
/// of at the next sweep; the sweep still takes the scans a stopped replica left behind.
/// </summary>
public sealed class ScansRequested : CommitSignal;
