using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Intake.Application.Residents;
using OneWindow.Intake.Persistence;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

/// <summary>
/// Where to reach a resident, for the notification service's own identity only: events carry no personal data,
/// so notification asks here, in the centre the event belongs to, and every answer is audited with its purpose.
/// </summary>
[Authorize(Roles = PlatformRoles.NotificationService)]
internal sealed class ContactsService(IntakeDbContext db, PersonalDataProtector protector, IAuditTrail audit) : Contacts.ContactsBase
{
    public override async Task<ResidentContact> GetResidentContact(GetResidentContactRequest request, ServerCallContext context)
    {
        var id = Wire.ParseId(request.ResidentId, "residentId");
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-resident", "There is no such resident in this centre.", "residentId");
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == resident.HouseholdId, context.CancellationToken);
        await AuditAsync("read-contact", "resident", resident.Id, request.Purpose, context.CancellationToken);
        return new ResidentContact
        {
            ResidentId = resident.Id.ToString(),
            HouseholdId = household.Id.ToString(),
            Name = protector.Unprotect(resident.NameProtected, PersonalDataPurposes.Name),
            Phone = resident.PhoneProtected.Length == 0 ? string.Empty : protector.Unprotect(resident.PhoneProtected, PersonalDataPurposes.Phone),
            Address = protector.Unprotect(household.AddressProtected, PersonalDataPurposes.Address),
            Grid = household.Grid,
        };
    }

    public override async Task<HouseholdContact> GetHouseholdContact(GetHouseholdContactRequest request, ServerCallContext context)
    {
        var id = Wire.ParseId(request.HouseholdId, "householdId");
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, context.CancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-household", "There is no such household in this centre.", "householdId");
        await AuditAsync("read-address", "household", household.Id, request.Purpose, context.CancellationToken);
        return new HouseholdContact
        {
            HouseholdId = household.Id.ToString(),
            Address = protector.Unprotect(household.AddressProtected, PersonalDataPurposes.Address),
            Grid = household.Grid,
        };
    }

    private async Task AuditAsync(string action, string subjectType, Guid id, string purpose, CancellationToken cancellationToken)
    {
        audit.Record(new AuditEntry(action, subjectType, id.ToString(), string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim()[..Math.Min(purpose.Trim().Length, 200)]));
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class GetResidentContactRequestValidator : AbstractValidator<GetResidentContactRequest>
{
    public GetResidentContactRequestValidator()
    {
        RuleFor(r => r.ResidentId).Id("residentId");
        RuleFor(r => r.Purpose).MaximumLength(200);
    }
}

internal sealed class GetHouseholdContactRequestValidator : AbstractValidator<GetHouseholdContactRequest>
{
    public GetHouseholdContactRequestValidator()
    {
        RuleFor(r => r.HouseholdId).Id("householdId");
        RuleFor(r => r.Purpose).MaximumLength(200);
    }
}
