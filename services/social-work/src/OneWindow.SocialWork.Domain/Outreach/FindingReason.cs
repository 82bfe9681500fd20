namespace OneWindow.SocialWork.Domain.Outreach;

/// <summary>Why a household was flagged: the rule's code and a sentence for the worker who knocks on the door.</summary>
public sealed record FindingReason(string RuleCode, string Text);
