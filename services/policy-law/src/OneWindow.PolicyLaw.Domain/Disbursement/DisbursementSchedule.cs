namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>A household's monthly entitlement to a benefit, from the approval on.</summary>
public sealed class DisbursementSchedule
{
    private DisbursementSchedule()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public Guid FileId { get; private set; }

    public string FirstPeriod { get; private set; } = string.Empty;

    public string? LastPeriod { get; private set; }

    public decimal MonthlyAmount { get; private set; }

    public DateTimeOffset ScheduledAt { get; private set; }

    public static DisbursementSchedule Start(Guid householdId, string itemCode, Guid fileId, Period first, decimal monthlyAmount, DateTimeOffset at)
    {
        Ledger.EnsureAmount(monthlyAmount, "monthlyAmount");
        return new DisbursementSchedule
        {
            HouseholdId = householdId,
            ItemCode = itemCode,
            FileId = fileId,
            FirstPeriod = first.ToString(),
            MonthlyAmount = monthlyAmount,
            ScheduledAt = at,
        };
    }

    public bool Covers(Period period) =>
        Period.Parse(FirstPeriod) <= period && (LastPeriod is null || period <= Period.Parse(LastPeriod));

    /// <summary>Stops the benefit after a month (benefit ended); months already entered stay in the ledger.</summary>
    public void EndAfter(Period last) => LastPeriod = last.ToString();
}
