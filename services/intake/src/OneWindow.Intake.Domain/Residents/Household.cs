using OneWindow.Common.Errors;

namespace OneWindow.Intake.Domain.Residents;

/// <summary>
/// A household (户): the unit many benefits are decided for. The address arrives already protected; the
/// income, grid and benefits held are the facts eligibility rules read, not personal data.
/// </summary>
public sealed class Household
{
    private readonly List<string> _benefits = [];

    private Household()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Address, encrypted (purpose <c>households.address</c>).</summary>
    public string AddressProtected { get; private set; } = string.Empty;

    public string Grid { get; private set; } = string.Empty;

    /// <summary>Monthly disposable income of the whole household, CNY.</summary>
    public decimal MonthlyIncome { get; private set; }

    /// <summary>Item codes of benefits the household currently holds (e.g. <c>dibao</c>).</summary>
    public IReadOnlyList<string> Benefits => _benefits;

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Household Register(Guid id, string addressProtected, string grid, decimal monthlyIncome, IEnumerable<string> benefits, DateTimeOffset now)
    {
        var household = new Household { Id = id, RegisteredAt = now };
        household.Change(addressProtected, grid, monthlyIncome, benefits, now);
        return household;
    }

    public void Change(string addressProtected, string grid, decimal monthlyIncome, IEnumerable<string> benefits, DateTimeOffset now)
    {
        if (monthlyIncome < 0 || decimal.Round(monthlyIncome, 2) != monthlyIncome)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-amount", "monthlyIncome is a non-negative amount in yuan with at most two decimals.", "monthlyIncome");
        }

        if (string.IsNullOrWhiteSpace(grid))
        {
            throw new DomainException(DomainErrorKind.Invalid, "grid-required", "grid is required: the grid manager delivers results to the home.", "grid");
        }

        // Read before the list is cleared: an update that keeps the benefits passes this very list.
        var held = benefits.Select(b => b.Trim()).Where(b => b.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        AddressProtected = addressProtected;
        Grid = grid.Trim();
        MonthlyIncome = monthlyIncome;
        _benefits.Clear();
        _benefits.AddRange(held);
        UpdatedAt = now;
    }

    /// <summary>
    /// policy-law granted (or renewed) a benefit to the household, or ended it: the benefits held follow the decisions,
    /// not only what a clerk typed. Whether anything changed (the same decision heard twice changes nothing).
    /// </summary>
    public bool HoldBenefit(string itemCode, bool held, DateTimeOffset now)
    {
        var changed = held
            ? !_benefits.Contains(itemCode, StringComparer.Ordinal)
            : _benefits.Remove(itemCode);
        if (held && changed)
        {
            _benefits.Add(itemCode);
            _benefits.Sort(StringComparer.Ordinal);
        }

        if (changed)
        {
            UpdatedAt = now;
        }

        return changed;
    }

    /// <summary>
    /// The facts eligibility rules read, for a household of these members, on a day: the household's (size, income,
    /// elderly members, benefits) with the applicant's own age, hukou and disability. Without an applicant, the head's
    /// age and hukou, and the most severe disability of any member (what the household as a whole reports).
    /// </summary>
    public HouseholdFactSheet Facts(IReadOnlyCollection<Resident> members, DateOnly today, Resident? applicant = null)
    {
        var size = Math.Max(members.Count, 1);
        var head = applicant ?? members.FirstOrDefault(m => m.Relation == Relation.Head) ?? members.FirstOrDefault();
        var disability = applicant is not null
            ? applicant.DisabilityGrade ?? 0
            : members.Where(m => m.DisabilityGrade is not null).Select(m => m.DisabilityGrade!.Value).DefaultIfEmpty().Min();
        return new HouseholdFactSheet(
            head?.AgeOn(today),
            head?.HukouDistrict,
            size,
            decimal.Round(MonthlyIncome / size, 2, MidpointRounding.ToEven),
            disability == 0 ? null : disability,
            members.Count(m => m.AgeOn(today) >= 60),
            Benefits);
    }
}
