using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Identity.Application;
using OneWindow.Identity.V1;

namespace OneWindow.Identity.Grpc;

internal sealed class AccountsService(AccountReader reader, IssueActivationCode issueActivationCode) : Accounts.AccountsBase
{
    private const string Readers = $"{PlatformRoles.HrAdmin},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = Readers)]
    public override Task<Account> GetAccount(GetAccountRequest request, ServerCallContext context) =>
        reader.GetAsync(request.StaffId, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override async Task<ActivationCode> IssueActivationCode(IssueActivationCodeRequest request, ServerCallContext context)
    {
        await reader.GetAsync(request.StaffId, context.CancellationToken);
        var (code, expiresAt) = await issueActivationCode.RunAsync(request.StaffId, context.CancellationToken);
        return new ActivationCode { StaffId = request.StaffId, Code = code, ExpiresAt = Wire.Instant(expiresAt) };
    }
}

internal sealed class GetAccountRequestValidator : AbstractValidator<GetAccountRequest>
{
    public GetAccountRequestValidator() => RuleFor(r => r.StaffId).NotEmpty().MaximumLength(64);
}

internal sealed class IssueActivationCodeRequestValidator : AbstractValidator<IssueActivationCodeRequest>
{
    public IssueActivationCodeRequestValidator() => RuleFor(r => r.StaffId).NotEmpty().MaximumLength(64);
}
