using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
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
/// Residents and households as staff see them: masked, except to the clerk serving that resident at their window now:
/// a ticket the kiosk issued, called to the window the clerk has open, in service for this resident. That clerk sees
/// name, ID number, phone and address in full, and every such reading is audited with the ticket. A ticket a clerk
/// issued never opens anything (docs/adr/0031): a clerk cannot serve themselves a neighbour's record.
/// </summary>
public sealed class ResidentReader(IntakeDbContext db, PersonalDataProtector protector, PersonalDataIndex index, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Resident> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Residents.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "There is no such resident in this centre.", "residentId");

    public async Task<Contract.Resident> ResidentAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var resident = await FindAsync(id, cancellationToken);
        var served = await ServesAsync(caller, [resident.Id], cancellationToken);
        await AuditUnmaskedAsync(served, cancellationToken);
        return ToContract(resident, served);
    }

    public async Task<Contract.Resident> FindByIdNumberAsync(string idNumber, Caller caller, CancellationToken cancellationToken)
    {
        var parsed = ResidentIdNumber.Parse(idNumber, clock, "idNumber");
        var key = index.Of(parsed.Value);
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.IdNumberIndex == key, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "No resident with this ID number is registered in this centre.", "idNumber");
        var served = await ServesAsync(caller, [resident.Id], cancellationToken);
        await AuditUnmaskedAsync(served, cancellationToken);
        return ToContract(resident, served);
    }

    public async Task<Contract.Household> HouseholdAsync(Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");
        var members = await db.Residents.AsNoTracking().Where(r => r.HouseholdId == id).OrderBy(r => r.Relation).ThenBy(r => r.BirthDate).ToListAsync(cancellationToken);
        var served = await ServesAsync(caller, [.. members.Select(m => m.Id)], cancellationToken);
        if (served.Count > 0)
        {
            audit.Record(new AuditEntry("read-personal-data", "household", household.Id.ToString(), served.Values.First()));
        }

        await AuditUnmaskedAsync(served, cancellationToken);
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

    /// <summary>
    /// Which of these residents the caller is serving at their window now, each with the ticket that says so: a kiosk's
    /// ticket (not one a clerk issued), in service with this clerk, at a window this clerk has open.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, string>> ServesAsync(Caller caller, IReadOnlyList<Guid> residents, CancellationToken cancellationToken)
    {
        if (!caller.Is(PlatformRoles.Clerk))
        {
            return new Dictionary<Guid, string>();
        }

        var ownWindows = db.Windows.Where(w => w.Open && w.ClerkStaffId == caller.Subject).Select(w => w.Number);
        var serving = await db.Tickets.AsNoTracking()
            .Where(t => t.Status == TicketStatus.Serving && t.ClerkStaffId == caller.Subject && t.IssuedByStaff == null
                && t.ResidentId != null && residents.Contains(t.ResidentId!.Value) && ownWindows.Contains(t.Window!))
            .Select(t => new { Resident = t.ResidentId!.Value, t.Number, t.Window })
            .ToListAsync(cancellationToken);
        return serving
            .GroupBy(t => t.Resident)
            .ToDictionary(g => g.Key, g => $"ticket {g.First().Number} at window {g.First().Window}");
    }

    /// <summary>Every reading of a resident's personal data in full is on the audit trail, with the ticket that allowed it.</summary>
    private async Task AuditUnmaskedAsync(IReadOnlyDictionary<Guid, string> served, CancellationToken cancellationToken)
    {
        if (served.Count == 0)
        {
            return;
        }

        foreach (var (resident, ticket) in served)
        {
            audit.Record(new AuditEntry("read-personal-data", "resident", resident.ToString(), ticket));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Contract.Resident ToContract(Resident resident, IReadOnlyDictionary<Guid, string> served)
    {
        var unmasked = served.ContainsKey(resident.Id);
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
