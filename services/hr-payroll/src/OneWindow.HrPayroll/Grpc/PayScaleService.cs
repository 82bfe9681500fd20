using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.PayScales;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class PayScaleService(PayScaleReader payScaleReader, PublishPayScale publishPayScale) : PayScales.PayScalesBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<PayScale> GetPayScale(GetPayScaleRequest request, ServerCallContext context) =>
        payScaleReader.GetAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<PayScale> PublishPayScale(PublishPayScaleRequest request, ServerCallContext context) =>
        publishPayScale.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}

internal sealed class PublishPayScaleRequestValidator : AbstractValidator<PublishPayScaleRequest>
{
    public PublishPayScaleRequestValidator()
    {
        RuleFor(r => r.EffectiveFrom).Matches(Rules.Date).WithMessage("effectiveFrom is a date as yyyy-MM-dd.");
        RuleFor(r => r.TermsJson).NotEmpty().MaximumLength(100_000);
    }
}

internal sealed class GetPayScaleRequestValidator : AbstractValidator<GetPayScaleRequest>
{
    public GetPayScaleRequestValidator()
    {
        RuleFor(r => r.On).Matches(Rules.Date).When(r => r.On is not null).WithMessage("on is a date (yyyy-MM-dd).");
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).When(r => r.Version is not null);
    }
}
