using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Residents;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class ResidentsService(
    RegisterHousehold registerHousehold,
    RegisterResident registerResident,
    UpdateResident updateResident,
    UpdateHousehold updateHousehold,
    ResidentReader reader) : Residents.ResidentsBase
{
    /// <summary>Staff who may look a resident up (masked unless serving them at a window).</summary>
    public const string Readers = $"{PlatformRoles.Clerk},{PlatformRoles.Reviewer},{PlatformRoles.PolicyOfficer},{PlatformRoles.SocialWorker},{PlatformRoles.GridManager},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Household> RegisterHousehold(RegisterHouseholdRequest request, ServerCallContext context) =>
        registerHousehold.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Resident> RegisterResident(RegisterResidentRequest request, ServerCallContext context) =>
        registerResident.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Resident> UpdateResident(UpdateResidentRequest request, ServerCallContext context) =>
        updateResident.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Household> UpdateHousehold(UpdateHouseholdRequest request, ServerCallContext context) =>
        updateHousehold.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<Resident> GetResident(GetResidentRequest request, ServerCallContext context) =>
        reader.ResidentAsync(Wire.ParseId(request.ResidentId, "residentId"), Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<Resident> FindResident(FindResidentRequest request, ServerCallContext context) =>
        reader.FindByIdNumberAsync(request.IdNumber, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<Household> GetHousehold(GetHouseholdRequest request, ServerCallContext context) =>
        reader.HouseholdAsync(Wire.ParseId(request.HouseholdId, "householdId"), Caller.Of(context), context.CancellationToken);
}

internal sealed class NewMemberValidator : AbstractValidator<NewMember>
{
    public NewMemberValidator()
    {
        RuleFor(m => m.Name).NotEmpty().MaximumLength(50);
        RuleFor(m => m.IdNumber).NotEmpty().Length(18).WithMessage("idNumber is an 18-character resident ID number.");
        RuleFor(m => m.Phone).Matches(@"^1[0-9]{10}\z|^\z").WithMessage("phone is an 11-digit mobile number starting with 1.");
        RuleFor(m => m.HukouDistrict).Matches(@"^[0-9]{6}\z|^\z").WithMessage("hukouDistrict is a six-digit administrative division code.");
        RuleFor(m => m.DisabilityGrade).InclusiveBetween(1, 4).When(m => m.DisabilityGrade is not null);
    }
}

internal sealed class RegisterHouseholdRequestValidator : AbstractValidator<RegisterHouseholdRequest>
{
    public RegisterHouseholdRequestValidator()
    {
        RuleFor(r => r.Address).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Grid).NotEmpty().MaximumLength(40);
        RuleFor(r => r.MonthlyIncome).NotEmpty().Matches(@"^[0-9]{1,10}(\.[0-9]{1,2})?\z").WithMessage("monthlyIncome is an amount in yuan such as \"4200.00\".");
        RuleFor(r => r.Members).NotEmpty().WithMessage("A household has at least one member.");
        RuleForEach(r => r.Members).SetValidator(new NewMemberValidator());
        RuleForEach(r => r.Benefits).NotEmpty().MaximumLength(40);
    }
}

internal sealed class RegisterResidentRequestValidator : AbstractValidator<RegisterResidentRequest>
{
    public RegisterResidentRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Member).NotNull().SetValidator(new NewMemberValidator());
    }
}

internal sealed class UpdateResidentRequestValidator : AbstractValidator<UpdateResidentRequest>
{
    public UpdateResidentRequestValidator()
    {
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Phone).Matches(@"^1[0-9]{10}\z").When(r => r.Phone is not null).WithMessage("phone is an 11-digit mobile number starting with 1.");
        RuleFor(r => r.DisabilityGrade).InclusiveBetween(1, 4).When(r => r.DisabilityGrade is not null);
    }
}

internal sealed class FindResidentRequestValidator : AbstractValidator<FindResidentRequest>
{
    public FindResidentRequestValidator() => RuleFor(r => r.IdNumber).NotEmpty().Length(18).WithMessage("idNumber is an 18-character resident ID number.");
}

internal sealed class GetResidentRequestValidator : AbstractValidator<GetResidentRequest>
{
    public GetResidentRequestValidator() => RuleFor(r => r.ResidentId).Id("residentId");
}

internal sealed class GetHouseholdRequestValidator : AbstractValidator<GetHouseholdRequest>
{
    public GetHouseholdRequestValidator() => RuleFor(r => r.HouseholdId).Id("householdId");
}

internal sealed class UpdateHouseholdRequestValidator : AbstractValidator<UpdateHouseholdRequest>
{
    public UpdateHouseholdRequestValidator()
    {
        RuleFor(r => r.HouseholdId).Id("householdId");
        RuleFor(r => r.Address).NotEmpty().MaximumLength(200).When(r => r.Address is not null);
        RuleFor(r => r.Grid).NotEmpty().MaximumLength(40).When(r => r.Grid is not null);
        RuleFor(r => r.MonthlyIncome).Matches(@"\A[0-9]{1,10}(\.[0-9]{1,2})?\z").When(r => r.MonthlyIncome is not null).WithMessage("monthlyIncome is an amount in yuan such as \"4200.00\".");
        RuleFor(r => r.Benefits).Must(b => b.Count <= 200).WithMessage("benefits holds at most 200 entries.");
        RuleForEach(r => r.Benefits).NotEmpty().MaximumLength(40);
    }
}
