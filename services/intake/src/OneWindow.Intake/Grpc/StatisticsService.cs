using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Statistics;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class StatisticsService(StatisticsReader statisticsReader) : V1.Statistics.StatisticsBase
{
    [Authorize(Roles = $"{PlatformRoles.Director},{PlatformRoles.Head},{PlatformRoles.DistrictAdmin}")]
    public override Task<CentreStatistics> GetCentreStatistics(GetStatisticsRequest request, ServerCallContext context) =>
        statisticsReader.CentreAsync(request.Period, request.Day, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<CentreComparison> CompareCentres(GetStatisticsRequest request, ServerCallContext context) =>
        statisticsReader.CompareAsync(request.Period, request.Day, context.CancellationToken);
}

internal sealed class GetStatisticsRequestValidator : AbstractValidator<GetStatisticsRequest>
{
    public GetStatisticsRequestValidator()
    {
        RuleFor(r => r.Period).IsInEnum().WithMessage("period is day, week or month.");
        RuleFor(r => r.Day).Matches(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z|^\z").WithMessage("day is a day written yyyy-MM-dd.");
    }
}
