using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Application.Outreach;

/// <summary>
/// What a scan judges households by, read when a replica takes the scan: the rules in force, the catalogue's names for
/// their reasons, the instant they are judged at, how far back observations count and since when a dismissal keeps a
/// reason quiet.
/// </summary>
public sealed record ScanRules(IReadOnlyList<SilentFamilyRule> Rules, IReadOnlyDictionary<string, string> Names, DateTimeOffset Now, DateTimeOffset Lookback, DateTimeOffset QuietSince);
