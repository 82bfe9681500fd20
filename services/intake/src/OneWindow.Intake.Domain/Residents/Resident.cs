using OneWindow.Common.Errors;

namespace OneWindow.Intake.Domain.Residents;

/// <summary>
/// A resident (居民), unique in the district by ID number. Name, ID number and phone arrive already
/// protected, with a blind index of the ID number for exact lookup: the domain never sees them in clear.
/// The birth date, hukou district and disability grade are kept in clear as eligibility facts.
/// </summary>
public sealed class Resident
{
    private Resident()
    {
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Relation Relation { get; private set; }

    /// <summary>Name, encrypted (purpose <c>residents.name</c>).</summary>
    public string NameProtected { get; private set; } = string.Empty;

    /// <summary>ID number, encrypted (purpose <c>residents.id_number</c>).</summary>
    public string IdNumberProtected { get; private set; } = string.Empty;

    /// <summary>Keyed hash of the ID number: equal numbers, equal index; nothing else is learnt.</summary>
    public string IdNumberIndex { get; private set; } = string.Empty;

    /// <summary>Phone, encrypted (purpose <c>residents.phone</c>); empty when none.</summary>
    public string PhoneProtected { get; private set; } = string.Empty;

    public DateOnly BirthDate { get; private set; }

    /// <summary>Administrative division code of the hukou (e.g. <c>310110</c>).</summary>
    public string HukouDistrict { get; private set; } = string.Empty;

    /// <summary>1 (most severe) to 4, or null.</summary>
    public int? DisabilityGrade { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Resident Register(
        Guid id, Guid householdId, Relation relation, string nameProtected, string idNumberProtected, string idNumberIndex,
        string phoneProtected, DateOnly birthDate, string hukouDistrict, int? disabilityGrade, DateTimeOffset now)
    {
        var resident = new Resident
        {
            Id = id,
            HouseholdId = householdId,
            NameProtected = nameProtected,
            IdNumberProtected = idNumberProtected,
            IdNumberIndex = idNumberIndex,
            BirthDate = birthDate,
            RegisteredAt = now,
        };
        resident.Change(relation, phoneProtected, hukouDistrict, disabilityGrade, now);
        return resident;
    }

    public void Change(Relation relation, string phoneProtected, string hukouDistrict, int? disabilityGrade, DateTimeOffset now)
    {
        if (disabilityGrade is < 1 or > 4)
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-disability-grade", "disabilityGrade is 1 (most severe) to 4, or absent.", "disabilityGrade");
        }

        if (hukouDistrict.Length != 6 || !hukouDistrict.All(char.IsAsciiDigit))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-hukou-district", "hukouDistrict is a six-digit administrative division code.", "hukouDistrict");
        }

        Relation = relation;
        PhoneProtected = phoneProtected;
        HukouDistrict = hukouDistrict;
        DisabilityGrade = disabilityGrade;
        UpdatedAt = now;
    }

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>Priority in the queue (优先): the elderly (70 and over) and people with a disability.</summary>
    public bool HasQueuePriority(DateOnly today) => AgeOn(today) >= 70 || DisabilityGrade is not null;
}
