namespace OneWindow.Review.Domain.Files;

/// <summary>What a decision needs to know of the item version the file was accepted under.</summary>
/// <param name="TimeLimited">限时业务: passing needs the business supervisor's re-check.</param>
/// <param name="SupervisorStaffId">The supervisor named for the item, when one is.</param>
/// <param name="MaterialCodes">The guide's materials: what a return may name.</param>
/// <param name="NeedsApproval">False: the pass completes the file (办结), no approval follows.</param>
public sealed record ItemTerms(bool TimeLimited, string? SupervisorStaffId, IReadOnlyCollection<string> MaterialCodes, bool NeedsApproval = true);
