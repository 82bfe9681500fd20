using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Centres;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class CentresService(CentreReader centreReader, RegisterCentre registerCentre, ChangeCentre changeCentre) : V1.Centres.CentresBase
{
    // Residents find a centre's address and hours before they come; letterheads print them.
    [AllowAnonymous]
    public override Task<ListCentresReply> ListCentres(ListCentresRequest request, ServerCallContext context) =>
        centreReader.ListAsync(context.CancellationToken);

    [AllowAnonymous]
    public override Task<Centre> GetCentre(GetCentreRequest request, ServerCallContext context) =>
        centreReader.GetAsync(request.Code, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override async Task<Centre> RegisterCentre(RegisterCentreRequest request, ServerCallContext context) =>
        CentreMapping.ToContract(await registerCentre.HandleAsync(request.Code, CentreMapping.ToDomain(request.Details), context.CancellationToken));

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override async Task<Centre> ChangeCentre(ChangeCentreRequest request, ServerCallContext context) =>
        CentreMapping.ToContract(await changeCentre.HandleAsync(request.Code, CentreMapping.ToDomain(request.Details), request.Open, request.Reason.Trim(), context.CancellationToken));
}

internal sealed class GetCentreRequestValidator : AbstractValidator<GetCentreRequest>
{
    public GetCentreRequestValidator() =>
        RuleFor(r => r.Code).Must(Tenant.IsValidCentreCode).WithMessage("code is a centre code such as \"jiangpu\".");
}

internal sealed class RegisterCentreRequestValidator : AbstractValidator<RegisterCentreRequest>
{
    public RegisterCentreRequestValidator()
    {
        RuleFor(r => r.Code).Must(Tenant.IsValidCentreCode)
            .WithMessage("code is 2-32 lower-case letters, digits and hyphens, starting with a letter (e.g. \"jiangpu\").");
        RuleFor(r => r.Details).NotNull().WithMessage("details are required.").SetValidator(new CentreDetailsValidator());
    }
}

internal sealed class ChangeCentreRequestValidator : AbstractValidator<ChangeCentreRequest>
{
    public ChangeCentreRequestValidator()
    {
        RuleFor(r => r.Code).Must(Tenant.IsValidCentreCode).WithMessage("code is a centre code such as \"jiangpu\".");
        RuleFor(r => r.Details).NotNull().WithMessage("details are required.").SetValidator(new CentreDetailsValidator());
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("reason is required: say why the entry changes.").MaximumLength(500);
    }
}

/// <summary>Lengths are the columns' (IntakeDbContext, CentreModel); digits are ASCII digits.</summary>
internal sealed class CentreDetailsValidator : AbstractValidator<CentreDetails>
{
    public CentreDetailsValidator()
    {
        RuleFor(d => d.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("name is required.").MaximumLength(100);
        RuleFor(d => d.Address).Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("address is required.").MaximumLength(200);
        RuleFor(d => d.Phone).Matches(@"^[0-9][0-9-]{6,19}\z").WithMessage("phone is digits and hyphens, e.g. 021-65430001.");
        RuleFor(d => d.OpeningHours).Must(h => Domain.Queue.OpeningHours.TryParse(h, out _))
            .WithMessage("openingHours is HH:mm-HH:mm, closing after opening (e.g. 08:30-17:00).");
        RuleFor(d => d.Windows).Must(w => w.Count is >= 1 and <= 99).WithMessage("windows lists 1 to 99 windows.");
        RuleForEach(d => d.Windows).ChildRules(window =>
        {
            window.RuleFor(w => w.Number).Matches(@"^[0-9]{2}\z").WithMessage("number is a two-digit window number such as \"03\".");
            window.RuleFor(w => w.Type).NotEqual(V1.WindowType.Unspecified).WithMessage("type is required.").IsInEnum();
        });
        RuleFor(d => d.Grids).Must(g => g.Count <= 200).WithMessage("grids lists at most 200 grids.");
        RuleForEach(d => d.Grids).ChildRules(grid =>
        {
            grid.RuleFor(g => g.Code).Matches(@"^[A-Z0-9][A-Z0-9-]{0,19}\z").WithMessage("code is upper-case letters, digits and hyphens (e.g. JP-G01).");
            grid.RuleFor(g => g.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("name is required.").MaximumLength(50);
        });
        When(d => d.WaitingTargets is not null, () =>
        {
            RuleFor(d => d.WaitingTargets.AverageWaiting).InclusiveBetween(1, 10).WithMessage("waitingTargets.averageWaiting is from 1 to 10 residents.");
            RuleFor(d => d.WaitingTargets.ServiceLevel).InclusiveBetween(0.5, 0.99).WithMessage("waitingTargets.serviceLevel is a share from 0.5 to 0.99.");
            RuleFor(d => d.WaitingTargets.CalledWithinMinutes).InclusiveBetween(1, 60).WithMessage("waitingTargets.calledWithinMinutes is from 1 to 60.");
        });
    }
}
