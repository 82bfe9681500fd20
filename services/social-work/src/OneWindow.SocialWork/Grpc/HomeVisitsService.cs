using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class HomeVisitsService(IServiceProvider services) : HomeVisits.HomeVisitsBase
{
    public override Task<HomeVisit> ScheduleVisit(ScheduleVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().ScheduleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> RecordVisit(RecordVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().RecordAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> CompleteVisit(CompleteVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().CompleteAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> MissVisit(MissVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().MissAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListVisitsReply> ListVisits(ListVisitsRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().ListAsync(request, context.CancellationToken);

    public override Task<ListVisitsReply> MyVisits(MyVisitsRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().MineAsync(Caller.Of(context), context.CancellationToken);
}

internal sealed class RecordVisitRequestValidator : AbstractValidator<RecordVisitRequest>
{
    public RecordVisitRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Purpose).NotEqual(VisitPurpose.Unspecified).IsInEnum();
        RuleFor(r => r.VisitedAt).NotEmpty();
        RuleFor(r => r.Findings).NotEmpty().MaximumLength(4_000);
    }
}
