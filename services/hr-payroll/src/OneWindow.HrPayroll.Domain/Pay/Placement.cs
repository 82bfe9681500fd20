using OneWindow.Common.Errors;

namespace OneWindow.HrPayroll.Domain.Pay;

/// <summary>Where a worker sits on the scale: a tier and a grade from 1 to 18.</summary>
public readonly record struct Placement
{
    public const int Grades = 18;

    public Placement(int tier, int grade)
    {
        if (tier is < 1 or > 3)
        {
            throw new DomainException(DomainErrorKind.Invalid, "tier-out-of-range", "tier is 1, 2 or 3 (三岗).", "tier");
        }

        if (grade is < 1 or > Grades)
        {
            throw new DomainException(DomainErrorKind.Invalid, "grade-out-of-range", "grade is 1 to 18 (十八级).", "grade");
        }

        Tier = (PostTier)tier;
        Grade = grade;
    }

    public PostTier Tier { get; }

    public int Grade { get; }
}
