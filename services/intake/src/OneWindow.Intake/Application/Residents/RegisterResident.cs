using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

/// <summary>A clerk adds a member to a household of this centre.</summary>
public sealed class RegisterResident(IntakeDbContext db, ResidentRegister register, IAuditTrail audit, IOutbox outbox, ResidentReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Resident> HandleAsync(Contract.RegisterResidentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var household = await register.FindHouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        var resident = register.NewResident(household.Id, request.Member, ResidentRegister.ToDomain(request.Member.Relation), "member", now);
        await register.RequireNewAsync([resident], cancellationToken);
        db.Residents.Add(resident);
        var members = await register.MembersAsync(household.Id, cancellationToken);
        members.Add(resident);
        audit.Record(new AuditEntry("register-resident", "resident", resident.Id.ToString()));
        outbox.Add(new ResidentRegistered { OccurredAt = now, Tenant = centre, ResidentId = resident.Id, HouseholdId = household.Id, Facts = register.Facts(household, members, resident) });
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = register.Facts(household, members) });
        await register.SaveNewAsync([resident], cancellationToken);
        return await reader.ResidentAsync(resident.Id, caller, cancellationToken);
    }
}
