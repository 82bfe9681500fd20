using OneWindow.SocialWork.Domain.Outreach;

namespace OneWindow.SocialWork.Persistence.ReadModels;

/// <summary>A silent-family rule as stored (district-wide): the data the scan reads.</summary>
public sealed class SilentFamilyRuleRecord
{
    public string Code { get; set; } = string.Empty;

    public SilentFamilyRuleKind Kind { get; set; }

    public bool Enabled { get; set; }

    public RuleParameters Parameters { get; set; } = new();

    public string Description { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public SilentFamilyRule ToDomain() => new(Code, Kind, Enabled, Parameters, Description);
}
