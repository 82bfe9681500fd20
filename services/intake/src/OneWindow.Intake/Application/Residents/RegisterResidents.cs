using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

/// <summary>
/// A clerk registers households and residents and keeps their facts current. Personal data is encrypted
/// before it reaches the domain; each change commits with its audit record and the event carrying the
/// eligibility facts (never personal data) that policy-law and social work read.
/// </summary>
public sealed class RegisterResidents(IntakeDbContext db, IAuditTrail audit, IOutbox outbox, PersonalDataProtector protector, ResidentReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Household> RegisterHouseholdAsync(Contract.RegisterHouseholdRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var household = Household.Register(Guid.CreateVersion7(), protector.Protect(request.Address.Trim(), PersonalDataPurposes.Address),
            request.Grid, Wire.ParseMoney(request.MonthlyIncome, "monthlyIncome"), request.Benefits, now);
        var members = new List<Resident>();
        for (var i = 0; i < request.Members.Count; i++)
        {
            var relation = request.Members[i].Relation == Contract.Relation.Unspecified && i == 0 ? Relation.Head : ToDomain(request.Members[i].Relation);
            members.Add(NewResident(household.Id, request.Members[i], relation, $"members[{i}]", now));
        }

        await RequireNewAsync(members, cancellationToken);
        db.Households.Add(household);
        db.Residents.AddRange(members);
        audit.Record(new AuditEntry("register-household", "household", household.Id.ToString(), $"{members.Count} members"));
        var facts = Facts(household, members);
        foreach (var member in members)
        {
            outbox.Add(new ResidentRegistered { OccurredAt = now, Tenant = centre, ResidentId = member.Id, HouseholdId = household.Id, Facts = Facts(household, members, member) });
        }

        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = facts });
        await SaveAsync(cancellationToken);
        return await reader.HouseholdAsync(household.Id, caller, cancellationToken);
    }

    public async Task<Contract.Resident> RegisterResidentAsync(Contract.RegisterResidentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var household = await FindHouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var resident = NewResident(household.Id, request.Member, ToDomain(request.Member.Relation), "member", now);
        await RequireNewAsync([resident], cancellationToken);
        db.Residents.Add(resident);
        var members = await db.Residents.Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        members.Add(resident);
        audit.Record(new AuditEntry("register-resident", "resident", resident.Id.ToString()));
        outbox.Add(new ResidentRegistered { OccurredAt = now, Tenant = centre, ResidentId = resident.Id, HouseholdId = household.Id, Facts = Facts(household, members, resident) });
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = Facts(household, members) });
        await SaveAsync(cancellationToken);
        return await reader.ResidentAsync(resident.Id, caller, cancellationToken);
    }

    public async Task<Contract.Resident> UpdateResidentAsync(Contract.UpdateResidentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var resident = await reader.FindAsync(Wire.ParseId(request.ResidentId, "residentId"), cancellationToken);
        var phone = request.Phone is { } p ? Protect(p, PersonalDataPurposes.Phone) : resident.PhoneProtected;
        var grade = request.ClearDisabilityGrade ? null : request.DisabilityGrade ?? resident.DisabilityGrade;
        var relation = request.Relation == Contract.Relation.Unspecified ? resident.Relation : ToDomain(request.Relation);
        resident.Change(relation, phone, request.HukouDistrict ?? resident.HukouDistrict, grade, now);
        var household = await FindHouseholdAsync(resident.HouseholdId, cancellationToken);
        var members = await db.Residents.Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        audit.Record(new AuditEntry("update-resident", "resident", resident.Id.ToString()));
        outbox.Add(new ResidentUpdated { OccurredAt = now, Tenant = centre, ResidentId = resident.Id, HouseholdId = household.Id, Facts = Facts(household, members, resident) });
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = Facts(household, members) });
        await SaveAsync(cancellationToken);
        return await reader.ResidentAsync(resident.Id, caller, cancellationToken);
    }

    public async Task<Contract.Household> UpdateHouseholdAsync(Contract.UpdateHouseholdRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var household = await FindHouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        household.Change(
            request.Address is { } address ? protector.Protect(address.Trim(), PersonalDataPurposes.Address) : household.AddressProtected,
            request.Grid ?? household.Grid,
            request.MonthlyIncome is { } income ? Wire.ParseMoney(income, "monthlyIncome") : household.MonthlyIncome,
            request.SetBenefits ? request.Benefits : household.Benefits,
            now);
        var members = await db.Residents.Where(r => r.HouseholdId == household.Id).ToListAsync(cancellationToken);
        audit.Record(new AuditEntry("update-household", "household", household.Id.ToString()));
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = Facts(household, members) });
        await SaveAsync(cancellationToken);
        return await reader.HouseholdAsync(household.Id, caller, cancellationToken);
    }

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

    private Resident NewResident(Guid householdId, Contract.NewMember? member, Relation relation, string field, DateTimeOffset now)
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
            Protect(member.Phone, PersonalDataPurposes.Phone),
            idNumber.BirthDate,
            string.IsNullOrEmpty(member.HukouDistrict) ? idNumber.RegionCode : member.HukouDistrict,
            member.DisabilityGrade,
            now);
    }

    private string Protect(string? value, string purpose) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : protector.Protect(value.Trim(), purpose);

    private async Task RequireNewAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken)
    {
        var indexes = residents.Select(r => r.IdNumberIndex).ToList();
        if (indexes.Distinct(StringComparer.Ordinal).Count() != indexes.Count || await db.Residents.AnyAsync(r => indexes.Contains(r.IdNumberIndex), cancellationToken))
        {
            throw AlreadyRegistered();
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbContextTransactions.IsUniqueViolation(exception))
        {
            // Registered at another centre of the district (row-level security hides it from this one).
            throw AlreadyRegistered();
        }
    }

    private async Task<Household> FindHouseholdAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Households.SingleOrDefaultAsync(h => h.Id == id, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");

    private static DomainException AlreadyRegistered() =>
        new(DomainErrorKind.Conflict, "resident-exists", "A resident with this ID number is already registered in the district.", "idNumber");

    public static Relation ToDomain(Contract.Relation relation) => relation switch
    {
        Contract.Relation.Head => Relation.Head,
        Contract.Relation.Spouse => Relation.Spouse,
        Contract.Relation.Child => Relation.Child,
        Contract.Relation.Parent => Relation.Parent,
        _ => Relation.Other,
    };
}
