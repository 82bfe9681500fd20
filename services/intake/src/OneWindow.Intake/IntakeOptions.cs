using OneWindow.Intake.Application.Planning;

namespace OneWindow.Intake;

/// <summary>The <c>Intake</c> configuration section.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>
    /// Hours every centre keeps whatever its register entry says ("00:00-24:00"); unset (as in production), each
    /// centre's own hours from the register apply. Only the run command's stack sets it: it is tried at any hour.
    /// </summary>
    public string? OpeningHoursOverride { get; set; }

    /// <summary>A periodic item falling due within this many days is offered in the same visit.</summary>
    public int BundlingLookAheadDays { get; set; } = 60;

    /// <summary>The target: no more than this many residents waiting on average per open window.</summary>
    public int TargetWaitingPerWindow { get; set; } = 3;

    /// <summary>How long after a ticket is served the window's evaluation device may rate it.</summary>
    public TimeSpan RatingWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long policy-law has to answer an eligibility question before intake goes on without it.</summary>
    public TimeSpan EligibilityTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a replica keeps the district catalogue in memory before reading it again.</summary>
    public TimeSpan CatalogueCacheFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The mobile payment channels a payment window takes (data, not code: a new one is a setting). Unset means
    /// WeChat Pay and Alipay; a configured list replaces them (an array default would be appended to by the binder).
    /// </summary>
    public string[]? MobilePayChannels { get; set; }

    /// <summary>The window planner's targets and standard service times.</summary>
    public PlanOptions Plan { get; set; } = new();

    public IReadOnlyList<string> MobileChannels => MobilePayChannels is { Length: > 0 } configured ? configured : ["wechat", "alipay"];
}
