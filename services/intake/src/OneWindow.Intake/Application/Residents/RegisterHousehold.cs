using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Intake.Domain.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

/// <summary>A clerk registers a household with its members; the first member is its head unless said otherwise.</summary>
public sealed class RegisterHousehold(IntakeDbContext db, ResidentRegister register, IAuditTrail audit, IOutbox outbox, ResidentReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Household> HandleAsync(Contract.RegisterHouseholdRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var household = Household.Register(Guid.CreateVersion7(), register.ProtectAddress(request.Address),
            request.Grid, Wire.ParseMoney(request.MonthlyIncome, "monthlyIncome"), request.Benefits, now);
        var members = new List<Resident>();
        for (var i = 0; i < request.Members.Count; i++)
        {
            var relation = request.Members[i].Relation == Contract.Relation.Unspecified && i == 0 ? Relation.Head : ResidentRegister.ToDomain(request.Members[i].Relation);
            members.Add(register.NewResident(household.Id, request.Members[i], relation, $"members[{i}]", now));
        }

        await register.RequireNewAsync(members, cancellationToken);
        db.Households.Add(household);
        db.Residents.AddRange(members);
        audit.Record(new AuditEntry("register-household", "household", household.Id.ToString(), $"{members.Count} members"));
        foreach (var member in members)
        {
            outbox.Add(new ResidentRegistered { OccurredAt = now, Tenant = centre, ResidentId = member.Id, HouseholdId = household.Id, Facts = register.Facts(household, members, member) });
        }

        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = register.Facts(household, members) });
        await register.SaveNewAsync(members, cancellationToken);
        return await reader.HouseholdAsync(household.Id, caller, cancellationToken);
    }
}
