using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.Intake.Domain.Queue;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

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
