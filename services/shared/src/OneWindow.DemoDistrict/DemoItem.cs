namespace OneWindow.DemoDistrict;

/// <summary>One item of the demo catalogue, with its first version's terms.</summary>
public sealed record DemoItem(
    string Code,
    string Name,
    string NameEn,
    string Category,
    string Kind,
    string Window,
    string Scope,
    int TimeLimitWorkingDays,
    bool TimeLimited,
    int? RecurrenceMonths,
    string LegalBasis,
    IReadOnlyList<string> FlowSteps,
    IReadOnlyList<DemoMaterial> Materials,
    string? EligibilityRule = null,
    string? MonthlyAmountRule = null,
    decimal? DirectorConfirmAbove = null,
    bool NeedsApproval = true);
