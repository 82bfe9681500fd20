using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Events;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application;

/// <summary>The purposes personal data is protected under: a value protected for one cannot be read as another.</summary>
public static class PersonalDataPurposes
{
    public const string Name = "residents.name";
    public const string IdNumber = "residents.id_number";
    public const string Phone = "residents.phone";
    public const string Address = "households.address";
}

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

/// <summary>
/// Residents and households as staff see them: masked, except to the clerk serving that resident at a
/// window (a ticket of theirs in service for this resident), who sees name, ID number and phone in full.
/// </summary>
public sealed class ResidentReader(IntakeDbContext db, PersonalDataProtector protector, PersonalDataIndex index, TimeProvider clock)
{
    public async Task<Resident> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Residents.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "There is no such resident in this centre.", "residentId");

    public async Task<Contract.Resident> ResidentAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var resident = await FindAsync(id, cancellationToken);
        return ToContract(resident, await ServesAsync(caller, [resident.Id], cancellationToken));
    }

    public async Task<Contract.Resident> FindByIdNumberAsync(string idNumber, Caller caller, CancellationToken cancellationToken)
    {
        var parsed = ResidentIdNumber.Parse(idNumber, clock, "idNumber");
        var key = index.Of(parsed.Value);
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.IdNumberIndex == key, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "No resident with this ID number is registered in this centre.", "idNumber");
        return ToContract(resident, await ServesAsync(caller, [resident.Id], cancellationToken));
    }

    public async Task<Contract.Household> HouseholdAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == id).OrderBy(r => r.Relation).ThenBy(r => r.BirthDate).ToListAsync(cancellationToken);
        var served = await ServesAsync(caller, [.. members.Select(m => m.Id)], cancellationToken);
        var address = protector.Unprotect(household.AddressProtected, PersonalDataPurposes.Address);
        var contract = new Contract.Household
        {
            HouseholdId = household.Id.ToString(),
            Address = served.Count > 0 ? address : Masking.Address(address),
            Grid = household.Grid,
            MonthlyIncome = Wire.Money(household.MonthlyIncome),
            PerCapitaIncome = Wire.Money(decimal.Round(household.MonthlyIncome / Math.Max(members.Count, 1), 2, MidpointRounding.ToEven)),
        };
        contract.Benefits.AddRange(household.Benefits);
        contract.Members.AddRange(members.Select(m => ToContract(m, served)));
        return contract;
    }

    /// <summary>Which of these residents the caller is serving at a window now.</summary>
    private async Task<IReadOnlySet<Guid>> ServesAsync(Caller caller, IReadOnlyList<Guid> residents, CancellationToken cancellationToken)
    {
        if (!caller.Is(PlatformRoles.Clerk))
        {
            return new HashSet<Guid>();
        }

        var serving = await db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.Serving && t.ClerkStaffId == caller.Subject && t.ResidentId != null && residents.Contains(t.ResidentId!.Value))
            .Select(t => t.ResidentId!.Value)
            .ToListAsync(cancellationToken);
        return serving.ToHashSet();
    }

    private Contract.Resident ToContract(Resident resident, IReadOnlySet<Guid> served)
    {
        var unmasked = served.Contains(resident.Id);
        var name = protector.Unprotect(resident.NameProtected, PersonalDataPurposes.Name);
        var idNumber = protector.Unprotect(resident.IdNumberProtected, PersonalDataPurposes.IdNumber);
        var phone = resident.PhoneProtected.Length == 0 ? string.Empty : protector.Unprotect(resident.PhoneProtected, PersonalDataPurposes.Phone);
        var today = ChinaTime.Today(clock);
        return new Contract.Resident
        {
            ResidentId = resident.Id.ToString(),
            HouseholdId = resident.HouseholdId.ToString(),
            Name = unmasked ? name : Masking.Name(name),
            IdNumber = unmasked ? idNumber : Masking.ResidentId(idNumber),
            Phone = unmasked ? phone : Masking.Phone(phone),
            HukouDistrict = resident.HukouDistrict,
            DisabilityGrade = resident.DisabilityGrade,
            Relation = (Contract.Relation)((int)resident.Relation + 1),
            Age = resident.AgeOn(today),
            QueuePriority = resident.HasQueuePriority(today),
            Unmasked = unmasked,
        };
    }
}

/// <summary>The blind index of ID numbers, as lookups and registrations compute it.</summary>
public sealed class PersonalDataIndex(PersonalDataProtector protector)
{
    public string Of(string idNumber) => protector.BlindIndex(idNumber, PersonalDataPurposes.IdNumber);
}
