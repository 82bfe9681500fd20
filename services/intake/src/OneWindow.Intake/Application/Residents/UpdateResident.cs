using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

/// <summary>A clerk corrects a resident's relation, phone, hukou district or disability grade.</summary>
public sealed class UpdateResident(ResidentRegister register, IAuditTrail audit, IOutbox outbox, ResidentReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Resident> HandleAsync(Contract.UpdateResidentRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var resident = await reader.FindAsync(Wire.ParseId(request.ResidentId, "residentId"), cancellationToken);
        var phone = request.Phone is { } p ? register.ProtectPhone(p) : resident.PhoneProtected;
        var grade = request.ClearDisabilityGrade ? null : request.DisabilityGrade ?? resident.DisabilityGrade;
        var relation = request.Relation == Contract.Relation.Unspecified ? resident.Relation : ResidentRegister.ToDomain(request.Relation);
        resident.Change(relation, phone, request.HukouDistrict ?? resident.HukouDistrict, grade, now);
        var household = await register.FindHouseholdAsync(resident.HouseholdId, cancellationToken);
        var members = await register.MembersAsync(household.Id, cancellationToken);
        audit.Record(new AuditEntry("update-resident", "resident", resident.Id.ToString()));
        outbox.Add(new ResidentUpdated { OccurredAt = now, Tenant = centre, ResidentId = resident.Id, HouseholdId = household.Id, Facts = register.Facts(household, members, resident) });
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = register.Facts(household, members) });
        await register.SaveAsync(cancellationToken);
        return await reader.ResidentAsync(resident.Id, caller, cancellationToken);
    }
}
