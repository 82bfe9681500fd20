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

internal sealed class CompleteVisitRequestValidator : AbstractValidator<CompleteVisitRequest>
{
    public CompleteVisitRequestValidator()
    {
        RuleFor(r => r.VisitId).Id("visitId");
        RuleFor(r => r.VisitedAt).MaximumLength(40);
        RuleFor(r => r.Findings).MaximumLength(4_000);
        RuleFor(r => r.NextVisitOn).OptionalDay("nextVisitOn");
    }
}

internal sealed class MissVisitRequestValidator : AbstractValidator<MissVisitRequest>
{
    public MissVisitRequestValidator()
    {
        RuleFor(r => r.VisitId).Id("visitId");
        RuleFor(r => r.Reason).MaximumLength(1_000);
    }
}

internal sealed class ScheduleVisitRequestValidator : AbstractValidator<ScheduleVisitRequest>
{
    public ScheduleVisitRequestValidator()
    {
        RuleFor(r => r.HouseholdId).Id("householdId");
        RuleFor(r => r.CaseId).OptionalId("caseId");
        RuleFor(r => r.Purpose).IsInEnum();
        RuleFor(r => r.ScheduledOn).OptionalDay("scheduledOn");
        RuleFor(r => r.Worker).Matches(@"\A([a-z][a-z0-9-]{1,63})?\z").WithMessage("worker is a staff id: 2 to 64 lower-case letters, digits and dashes.");
    }
}

internal sealed class ListVisitsRequestValidator : AbstractValidator<ListVisitsRequest>
{
    public ListVisitsRequestValidator()
    {
        RuleFor(r => r.HouseholdId).OptionalId("householdId");
        RuleFor(r => r.CaseId).OptionalId("caseId");
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class MyVisitsRequestValidator : AbstractValidator<MyVisitsRequest>
{
    public MyVisitsRequestValidator()
    {
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
