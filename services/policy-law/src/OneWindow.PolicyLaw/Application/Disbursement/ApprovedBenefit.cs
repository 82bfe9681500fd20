namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>
/// The monthly amount of a benefit as approved: the rule's amount it is measured against, the approver's reason for
/// another, and whether it is above the item's limit, so the director confirms it before it is paid.
/// </summary>
public sealed record ApprovedBenefit(decimal Amount, decimal? RuleAmount, string? Reason, bool AboveLimit);
