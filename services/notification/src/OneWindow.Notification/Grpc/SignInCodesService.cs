using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application.Sending;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

/// <summary>A resident's sign-in code by text, for the identity service's own identity only.</summary>
[Authorize(Roles = PlatformRoles.IdentityService)]
internal sealed class SignInCodesService(SendSignInCode send) : SignInCodes.SignInCodesBase
{
    public override async Task<SendSignInCodeReply> SendSignInCode(SendSignInCodeRequest request, ServerCallContext context) =>
        new() { MessageId = await send.RunAsync(request.Phone, request.Code, request.ValidMinutes, context.CancellationToken) };
}

internal sealed class SendSignInCodeRequestValidator : AbstractValidator<SendSignInCodeRequest>
{
    public SendSignInCodeRequestValidator()
    {
        RuleFor(r => r.Phone).NotEmpty().MaximumLength(20);
        RuleFor(r => r.Code).Matches(@"\A[0-9]{6}\z").WithMessage("code is six digits.");
        RuleFor(r => r.ValidMinutes).InclusiveBetween(1, 30).WithMessage("validMinutes is between 1 and 30.");
    }
}
