using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.HrPayroll.Domain.Performance;

/// <summary>
/// A worker's monthly performance evaluation (绩效考核): the score from work data, the department head's
/// bounded discretionary adjustment with its reason, deductions for recorded violations, and the award.
/// Frozen once the month's payroll run is approved.
/// </summary>
public sealed class Evaluation
{
    // Not readonly: EF materializes the jsonb column into the field, and a computation replaces the whole list.
    private List<ScoreLine> _lines = [];

    private Evaluation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string StaffId { get; private set; } = string.Empty;

    /// <summary><c>yyyy-MM</c>.</summary>
    public string Month { get; private set; } = string.Empty;

    public Department Department { get; private set; }

    public IReadOnlyList<ScoreLine> Lines => _lines;

    public decimal DataScore { get; private set; }

    public decimal Adjustment { get; private set; }

    public string? AdjustmentReason { get; private set; }

    public string? AdjustedBy { get; private set; }

    public decimal FinalScore { get; private set; }

    public Award Award { get; private set; }

    public bool AwardConfirmed { get; private set; }

    public string? AwardConfirmedBy { get; private set; }

    public decimal Deduction { get; private set; }

    public string? DeductionReason { get; private set; }

    public bool Frozen { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public static Evaluation Start(string staffId, string month, Department department) =>
        new() { StaffId = staffId, Month = month, Department = department };

    /// <summary>Recomputes from the data; the head's adjustment, deductions and a confirmed award stay.</summary>
    public void Compute(PerformanceWeights weights, IReadOnlyCollection<WorkFigure> figures, DateTimeOffset at)
    {
        EnsureOpen();
        (DataScore, var lines) = PerformanceScoring.Score(weights, figures);
        _lines = [.. lines];
        FinalScore = Math.Clamp(DataScore + Adjustment, 0m, 100m);
        ComputedAt = at;
    }

    public void Adjust(decimal points, string? reason, decimal bound, string head, DateTimeOffset at)
    {
        EnsureOpen();
        if (Math.Abs(points) > bound)
        {
            throw new DomainException(DomainErrorKind.Invalid, "adjustment-out-of-bound", $"The adjustment lies within ±{bound} points.", "points");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "A discretionary adjustment gives a written reason.", "reason");
        }

        Adjustment = points;
        AdjustmentReason = reason.Trim();
        AdjustedBy = head;
        FinalScore = Math.Clamp(DataScore + Adjustment, 0m, 100m);
        ComputedAt = at;
    }

    public void RecordDeduction(decimal amount, string? reason)
    {
        EnsureOpen();
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "amount is a positive amount in yuan with at most two decimals.", "amount");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, "reason-required", "A deduction names the violation.", "reason");
        }

        Deduction += amount;
        DeductionReason = DeductionReason is null ? reason.Trim() : $"{DeductionReason}；{reason.Trim()}";
    }

    public void Propose(Award award)
    {
        EnsureOpen();
        if (!AwardConfirmed)
        {
            Award = award;
        }
    }

    public void ConfirmAward(string director)
    {
        EnsureOpen();
        if (Award == Award.None)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "no-award-proposed", "No award is proposed for this worker this month.", "staffId");
        }

        AwardConfirmed = true;
        AwardConfirmedBy = director;
    }

    public void Freeze() => Frozen = true;

    private void EnsureOpen()
    {
        if (Frozen)
        {
            throw new DomainException(DomainErrorKind.Conflict, "month-closed", $"The payroll of {Month} is approved: its evaluations no longer change.", "month");
        }
    }
}
