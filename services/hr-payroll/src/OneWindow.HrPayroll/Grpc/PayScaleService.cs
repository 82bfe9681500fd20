using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class PayScaleService(PayScaleUseCases payScaleUseCases) : PayScales.PayScalesBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<PayScale> GetPayScale(GetPayScaleRequest request, ServerCallContext context) =>
        payScaleUseCases.GetAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<PayScale> PublishPayScale(PublishPayScaleRequest request, ServerCallContext context) =>
        payScaleUseCases.PublishAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}

internal sealed class PublishPayScaleRequestValidator : AbstractValidator<PublishPayScaleRequest>
{
    public PublishPayScaleRequestValidator()
    {
        RuleFor(r => r.EffectiveFrom).Matches(Rules.Date).WithMessage("effectiveFrom is a date as yyyy-MM-dd.");
        RuleFor(r => r.TermsJson).NotEmpty().MaximumLength(100_000);
    }
}
