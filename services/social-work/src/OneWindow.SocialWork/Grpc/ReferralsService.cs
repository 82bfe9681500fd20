using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Referrals;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

internal sealed class ReferralsService(MakeReferral makeReferral, ReferralReader referralReader, AcceptReferral acceptReferral, DeclineReferral declineReferral) : Referrals.ReferralsBase
{
    [Authorize(Roles = Roles.Referrers)]
    public override Task<Referral> MakeReferral(MakeReferralRequest request, ServerCallContext context) =>
        makeReferral.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<ListReferralsReply> ListReferrals(ListReferralsRequest request, ServerCallContext context) =>
        referralReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Case> AcceptReferral(AcceptReferralRequest request, ServerCallContext context) =>
        acceptReferral.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Referral> DeclineReferral(DeclineReferralRequest request, ServerCallContext context) =>
        declineReferral.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class MakeReferralRequestValidator : AbstractValidator<MakeReferralRequest>
{
    public MakeReferralRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Source).NotEqual(ReferralSource.Unspecified).IsInEnum();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1_000);
        RuleFor(r => r.ItemCode).MaximumLength(40);
    }
}

internal sealed class AcceptReferralRequestValidator : AbstractValidator<AcceptReferralRequest>
{
    public AcceptReferralRequestValidator()
    {
        RuleFor(r => r.ReferralId).Id("referralId");
        RuleFor(r => r.LeadWorker).Matches(@"\A([a-z][a-z0-9-]{1,63})?\z").WithMessage("leadWorker is a staff id: 2 to 64 lower-case letters, digits and dashes.");
    }
}

internal sealed class DeclineReferralRequestValidator : AbstractValidator<DeclineReferralRequest>
{
    public DeclineReferralRequestValidator()
    {
        RuleFor(r => r.ReferralId).Id("referralId");
        RuleFor(r => r.Reason).MaximumLength(1_000);
    }
}

internal sealed class ListReferralsRequestValidator : AbstractValidator<ListReferralsRequest>
{
    public ListReferralsRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
