using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Fees;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class FeesService(Application.Fees.TakeFee takeFee, TakingsReader takingsReader) : V1.Fees.FeesBase
{
    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<FeePayment> TakeFee(TakeFeeRequest request, ServerCallContext context) =>
        takeFee.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.Clerk},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<Takings> GetTakings(GetTakingsRequest request, ServerCallContext context) =>
        takingsReader.GetAsync(request.Day, request.Window, context.CancellationToken);
}

internal sealed class TakeFeeRequestValidator : AbstractValidator<TakeFeeRequest>
{
    public TakeFeeRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Window).Matches(@"^[0-9]{2}\z").WithMessage("window is the two-digit number of the payment window, e.g. \"08\".");
        RuleFor(r => r.Amount).NotEmpty().Matches(@"^[0-9]{1,10}(\.[0-9]{1,2})?\z").WithMessage("amount is an amount in yuan such as \"25.00\".");
        RuleFor(r => r.Method).NotEqual(V1.PaymentMethod.Unspecified).WithMessage("method is required.").IsInEnum();
        RuleFor(r => r.Channel).MaximumLength(20);
        RuleFor(r => r.ReceiptNumber).NotEmpty().WithMessage("receiptNumber is required: the number printed on the receipt.");
    }
}

internal sealed class GetTakingsRequestValidator : AbstractValidator<GetTakingsRequest>
{
    public GetTakingsRequestValidator() => RuleFor(r => r.Window).Matches(@"^[0-9]{2}\z|^\z").WithMessage("window is a two-digit window number such as \"08\".");
}
