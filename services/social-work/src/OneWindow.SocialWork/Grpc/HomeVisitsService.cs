using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Visits;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class HomeVisitsService(ScheduleVisit scheduleVisit, RecordVisit recordVisit, MissVisit missVisit, VisitReader visitReader) : HomeVisits.HomeVisitsBase
{
    public override Task<HomeVisit> ScheduleVisit(ScheduleVisitRequest request, ServerCallContext context) =>
        scheduleVisit.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> RecordVisit(RecordVisitRequest request, ServerCallContext context) =>
        recordVisit.RecordAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> CompleteVisit(CompleteVisitRequest request, ServerCallContext context) =>
        recordVisit.CompleteAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> MissVisit(MissVisitRequest request, ServerCallContext context) =>
        missVisit.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListVisitsReply> ListVisits(ListVisitsRequest request, ServerCallContext context) =>
        visitReader.ListAsync(request, context.CancellationToken);

    public override Task<ListVisitsReply> MyVisits(MyVisitsRequest request, ServerCallContext context) =>
        visitReader.MineAsync(request, Caller.Of(context), context.CancellationToken);
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
