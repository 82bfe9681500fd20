using OneWindow.Audit;
using OneWindow.Events;
using OneWindow.Outbox;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Residents;

/// <summary>A clerk corrects a household's address, grid, income or the benefits it holds.</summary>
public sealed class UpdateHousehold(ResidentRegister register, IAuditTrail audit, IOutbox outbox, ResidentReader reader, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Contract.Household> HandleAsync(Contract.UpdateHouseholdRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = tenant.RequireCentre();
        var now = clock.GetUtcNow();
        var household = await register.FindHouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), cancellationToken);
        household.Change(
            request.Address is { } address ? register.ProtectAddress(address) : household.AddressProtected,
            request.Grid ?? household.Grid,
            request.MonthlyIncome is { } income ? Wire.ParseMoney(income, "monthlyIncome") : household.MonthlyIncome,
            request.SetBenefits ? request.Benefits : household.Benefits,
            now);
        var members = await register.MembersAsync(household.Id, cancellationToken);
        audit.Record(new AuditEntry("update-household", "household", household.Id.ToString()));
        outbox.Add(new HouseholdChanged { OccurredAt = now, Tenant = centre, HouseholdId = household.Id, MemberIds = [.. members.Select(m => m.Id)], Facts = register.Facts(household, members) });
        await register.SaveAsync(cancellationToken);
        return await reader.HouseholdAsync(household.Id, caller, cancellationToken);
    }
}
