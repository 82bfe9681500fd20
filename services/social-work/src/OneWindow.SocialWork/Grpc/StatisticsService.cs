using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Statistics;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

internal sealed class StatisticsService(StatisticsReader statisticsReader) : Statistics.StatisticsBase
{
    [Authorize(Roles = Roles.StatisticsReaders)]
    public override Task<StatisticsReply> GetStatistics(GetStatisticsRequest request, ServerCallContext context) =>
        statisticsReader.GetAsync(request, context.CancellationToken);
}

internal sealed class GetStatisticsRequestValidator : AbstractValidator<GetStatisticsRequest>
{
    public GetStatisticsRequestValidator()
    {
        RuleFor(r => r.From).OptionalDay("from");
        RuleFor(r => r.To).OptionalDay("to");
    }
}
