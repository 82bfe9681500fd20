using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Versions;

/// <summary>
/// The next version of an item as the district admin writes it, started from the latest version's terms: what the
/// form edits (date, time limit, legal basis, steps, materials, eligibility rule, whether the item needs approval,
/// for a benefit the amount above which the director confirms, and for a periodic item the review's notice and grace
/// days) and what it carries over unchanged (the supervisor, the recurrence, the amount rule).
/// </summary>
public sealed class VersionDraft
{
    private ItemTerms _carried = new();

    public DateOnly EffectiveFrom { get; set; }

    public int TimeLimitWorkingDays { get; set; }

    public bool TimeLimited { get; set; }

    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>One step a line.</summary>
    public string FlowSteps { get; set; } = string.Empty;

    public List<MaterialDraft> Materials { get; } = [];

    public string EligibilityRule { get; set; } = string.Empty;

    /// <summary>False: first review's pass completes a file of the item (办结).</summary>
    public bool NeedsApproval { get; set; } = true;

    /// <summary>For a benefit: the monthly amount in yuan above which the director confirms an approval; empty for none.</summary>
    public string DirectorConfirmAbove { get; set; } = string.Empty;

    /// <summary>The item pays a monthly benefit (its amount rule is carried over): it needs approval and may have a limit.</summary>
    public bool PaysMonthly => _carried.MonthlyAmountRule is not null;
    /// <summary>Whether the item recurs (an annual review), so that its review's notice and grace are asked for.</summary>
    public bool Periodic => _carried.RecurrenceMonths is not null;

    /// <summary>Days of notice before the review falls due; empty for the district's default (docs/adr/0025).</summary>
    public int? ReviewNoticeDays { get; set; }

    /// <summary>Days of grace after the review's due date before the benefit ends; empty for the district's default.</summary>
    public int? ReviewGraceDays { get; set; }

    public static VersionDraft From(ServiceItem latest, DateOnly today)
    {
        var terms = latest.Terms ?? new ItemTerms();
        var draft = new VersionDraft
        {
            _carried = terms,
            // A version takes effect today at the earliest, and never before the one it follows.
            EffectiveFrom = DateOnly.TryParse(latest.EffectiveFrom, System.Globalization.CultureInfo.InvariantCulture, out var previous) && previous > today ? previous : today,
            TimeLimitWorkingDays = terms.TimeLimitWorkingDays,
            TimeLimited = terms.TimeLimited,
            LegalBasis = terms.LegalBasis,
            FlowSteps = string.Join('\n', terms.FlowSteps),
            EligibilityRule = terms.EligibilityRule ?? string.Empty,
            NeedsApproval = terms.NeedsApproval ?? true,
            DirectorConfirmAbove = terms.DirectorConfirmAbove ?? string.Empty,
            ReviewNoticeDays = terms.ReviewNoticeDays,
            ReviewGraceDays = terms.ReviewGraceDays,
        };
        draft.Materials.AddRange(terms.Materials.Select(m => new MaterialDraft { Code = m.Code, Name = m.Name, Original = m.Original, Count = m.Count, Condition = m.Condition }));
        return draft;
    }

    public PublishVersionRequest ToRequest(string code)
    {
        var terms = new ItemTerms
        {
            TimeLimitWorkingDays = TimeLimitWorkingDays,
            TimeLimited = TimeLimited,
            LegalBasis = LegalBasis.Trim(),
            SupervisorStaffId = _carried.SupervisorStaffId,
            RecurrenceMonths = _carried.RecurrenceMonths,
            MonthlyAmountRule = _carried.MonthlyAmountRule,
            ReviewNoticeDays = Periodic ? ReviewNoticeDays : null,
            ReviewGraceDays = Periodic ? ReviewGraceDays : null,
            EligibilityRule = string.IsNullOrWhiteSpace(EligibilityRule) ? null : EligibilityRule.Trim(),
            NeedsApproval = NeedsApproval,
            DirectorConfirmAbove = string.IsNullOrWhiteSpace(DirectorConfirmAbove) ? null : DirectorConfirmAbove.Trim(),
        };
        terms.FlowSteps.AddRange(FlowSteps.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        terms.Materials.AddRange(Materials.Select(m => new RequiredMaterial
        {
            Code = m.Code.Trim(),
            Name = m.Name.Trim(),
            Original = m.Original,
            Count = m.Count,
            Condition = m.Condition,
        }));
        return new PublishVersionRequest
        {
            Code = code,
            EffectiveFrom = EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Terms = terms,
        };
    }
}
