using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

/// <summary>
/// What registering and updating households and residents share: personal data is encrypted before it reaches the
/// domain, an ID number is registered once in the district, and the eligibility facts (never personal data) that
/// policy-law and social work read are put into the events. A number already held in this centre is a 409 (the clerk
/// can find that record here); one held at another centre gets a neutral refusal that sends the resident to the
/// district office and does not say where the number is held (docs/adr/0031), audited as denied.
/// </summary>
public sealed class ResidentRegister(IntakeDbContext db, PersonalDataProtector protector, IAuditTrail audit, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The refusal's code, the same whatever lies behind it.</summary>
    public const string DistrictOfficeCode = "register-at-district-office";

    public string ProtectAddress(string address) => protector.Protect(address.Trim(), PersonalDataPurposes.Address);

    public string ProtectPhone(string? phone) => Protect(phone, PersonalDataPurposes.Phone);

    public Resident NewResident(Guid householdId, Contract.NewMember? member, Relation relation, string field, DateTimeOffset now)
    {
        if (member is null)
        {
            throw new DomainException(DomainErrorKind.Invalid, "member-required", $"{field} is required.", field);
        }

        var idNumber = ResidentIdNumber.Parse(member.IdNumber, clock, $"{field}.idNumber");
        return Resident.Register(
            Guid.CreateVersion7(), householdId, relation,
            protector.Protect(member.Name.Trim(), PersonalDataPurposes.Name),
            protector.Protect(idNumber.Value, PersonalDataPurposes.IdNumber),
            protector.BlindIndex(idNumber.Value, PersonalDataPurposes.IdNumber),
            ProtectPhone(member.Phone),
            idNumber.BirthDate,
            string.IsNullOrEmpty(member.HukouDistrict) ? idNumber.RegionCode : member.HukouDistrict,
            member.DisabilityGrade,
            now);
    }

    public async Task RequireNewAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken)
    {
        var indexes = residents.Select(r => r.IdNumberIndex).ToList();
        if (indexes.Distinct(StringComparer.Ordinal).Count() != indexes.Count || await db.Residents.AnyAsync(r => indexes.Contains(r.IdNumberIndex), cancellationToken))
        {
            throw AlreadyRegistered();
        }

        if (await HeldElsewhereAsync(indexes, cancellationToken) is { } index)
        {
            throw await RefuseForDistrictOfficeAsync(residents.First(r => r.IdNumberIndex == index), cancellationToken);
        }
    }

    public async Task SaveAsync(CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);

    /// <summary>Saves the registration of <paramref name="residents"/>.</summary>
    public async Task SaveNewAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            // Registered at another centre of the district meanwhile (row-level security hides it from this one).
            throw await RefuseForDistrictOfficeAsync(residents[0], cancellationToken);
        }
    }

    /// <summary>
    /// Which of these ID numbers (blind indexes) another centre holds. Row-level security hides other centres' residents
    /// from this request, so the question is asked district-wide in a scope of its own, and only yes or no comes back.
    /// </summary>
    private async Task<string?> HeldElsewhereAsync(IReadOnlyList<string> indexes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var district = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        return await district.Residents.AsNoTracking()
            .Where(r => indexes.Contains(r.IdNumberIndex))
            .Select(r => r.IdNumberIndex)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<DomainException> RefuseForDistrictOfficeAsync(Resident resident, CancellationToken cancellationToken)
    {
        var idNumber = protector.Unprotect(resident.IdNumberProtected, PersonalDataPurposes.IdNumber);
        await audit.RecordDenialAsync(new AuditEntry("register-resident", "id-number", Masking.ResidentId(idNumber), DistrictOfficeCode), cancellationToken);
        return new DomainException(DomainErrorKind.RuleViolated, DistrictOfficeCode,
            "This ID number cannot be registered at this centre's window: the resident's registration is settled at the district office (区社区事务受理服务中心), with their ID card and household register.",
            "idNumber");
    }

    public async Task<Household> FindHouseholdAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Households.SingleOrDefaultAsync(h => h.Id == id, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");

    public Task<List<Resident>> MembersAsync(Guid householdId, CancellationToken cancellationToken) =>
        db.Residents.Where(r => r.HouseholdId == householdId).ToListAsync(cancellationToken);

    public EligibilityFacts Facts(Household household, IReadOnlyCollection<Resident> members, Resident? applicant = null) =>
        ToEvent(household.Facts(members, ChinaTime.Today(clock), applicant));

    public static EligibilityFacts ToEvent(HouseholdFactSheet facts) => new()
    {
        AgeYears = facts.AgeYears,
        HukouDistrict = facts.HukouDistrict,
        HouseholdSize = facts.HouseholdSize,
        PerCapitaMonthlyIncome = facts.PerCapitaMonthlyIncome,
        DisabilityGrade = facts.DisabilityGrade,
        BenefitsHeld = facts.BenefitsHeld,
    };

    public static Relation ToDomain(Contract.Relation relation) => relation switch
    {
        Contract.Relation.Head => Relation.Head,
        Contract.Relation.Spouse => Relation.Spouse,
        Contract.Relation.Child => Relation.Child,
        Contract.Relation.Parent => Relation.Parent,
        _ => Relation.Other,
    };

    private string Protect(string? value, string purpose) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : protector.Protect(value.Trim(), purpose);

    private static DomainException AlreadyRegistered() =>
        new(DomainErrorKind.Conflict, "resident-exists", "A resident with this ID number is already registered in this centre: find them by the number.", "idNumber");
}
