using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.PolicyLaw.Application.Quality;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Grpc;

internal sealed class QualityChecksService(DrawQualitySample drawSample, QualityReader reader, RecordQualityCheck recordCheck) : V1.QualityChecks.QualityChecksBase
{
    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<ListChecksReply> DrawSample(DrawSampleRequest request, ServerCallContext context) =>
        drawSample.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.Head},{PlatformRoles.Director}")]
    public override Task<ListChecksReply> ListChecks(ListChecksRequest request, ServerCallContext context) =>
        reader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<QualityCheck> RecordCheck(RecordCheckRequest request, ServerCallContext context) =>
        recordCheck.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}

internal sealed class DrawSampleRequestValidator : AbstractValidator<DrawSampleRequest>
{
    public DrawSampleRequestValidator()
    {
        RuleFor(r => r.Month).Matches(@"^[0-9]{4}-(0[1-9]|1[0-2])\z").WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.PerReviewer).InclusiveBetween(1, 20);
    }
}

internal sealed class ListChecksRequestValidator : AbstractValidator<ListChecksRequest>
{
    public ListChecksRequestValidator() =>
        RuleFor(r => r.Month).Matches(@"^[0-9]{4}-(0[1-9]|1[0-2])\z").When(r => r.Month is not null).WithMessage("month is a month as yyyy-MM.");
}

internal sealed class RecordCheckRequestValidator : AbstractValidator<RecordCheckRequest>
{
    public RecordCheckRequestValidator()
    {
        RuleFor(r => r.CheckId).NotEmpty();
        RuleFor(r => r.Outcome).Must(o => o is "correct" or "error").WithMessage("outcome is correct or error.");
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}
