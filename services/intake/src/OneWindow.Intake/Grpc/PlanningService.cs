using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Planning;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class PlanningService(PlanWindows planWindows, GetReformOutcomes reformOutcomes) : V1.Planning.PlanningBase
{
    [Authorize(Roles = $"{PlatformRoles.Director},{PlatformRoles.Head},{PlatformRoles.DistrictAdmin}")]
    public override Task<WindowPlan> PlanWindows(PlanWindowsRequest request, ServerCallContext context) =>
        planWindows.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.Director},{PlatformRoles.Head},{PlatformRoles.DistrictAdmin}")]
    public override Task<ReformOutcomes> GetReformOutcomes(GetReformOutcomesRequest request, ServerCallContext context) =>
        reformOutcomes.HandleAsync(request, context.CancellationToken);
}

internal sealed class PlanWindowsRequestValidator : AbstractValidator<PlanWindowsRequest>
{
    public PlanWindowsRequestValidator()
    {
        RuleFor(r => r.Day).Matches(@"\A([0-9]{4}-[0-9]{2}-[0-9]{2})?\z").WithMessage("day is a day written yyyy-MM-dd.");
        RuleFor(r => r.ArrivalsPercent).Must(p => p == 0 || p is >= 50 and <= 300).WithMessage("arrivalsPercent is from 50 to 300.");
        RuleFor(r => r.WindowsOffset).InclusiveBetween(-5, 5).WithMessage("windowsOffset is from -5 to 5.");
        RuleFor(r => r.Weeks).InclusiveBetween(0, 26).WithMessage("weeks is from 1 to 26.");
    }
}

internal sealed class GetReformOutcomesRequestValidator : AbstractValidator<GetReformOutcomesRequest>
{
    public GetReformOutcomesRequestValidator()
    {
        RuleFor(r => r.Day).Matches(@"\A([0-9]{4}-[0-9]{2}-[0-9]{2})?\z").WithMessage("day is a day written yyyy-MM-dd.");
    }
}
