using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Resources;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class ResourcesService(
    RegisterResource registerResource, UpdateResource updateResource, ResourceReader resourceReader, ConcludeResourceReferral concludeResourceReferral) : V1.Resources.ResourcesBase
{
    public override Task<Resource> RegisterResource(RegisterResourceRequest request, ServerCallContext context) =>
        registerResource.HandleAsync(request, context.CancellationToken);

    public override Task<Resource> UpdateResource(UpdateResourceRequest request, ServerCallContext context) =>
        updateResource.HandleAsync(request, context.CancellationToken);

    public override Task<ListResourcesReply> ListResources(ListResourcesRequest request, ServerCallContext context) =>
        resourceReader.ListAsync(request, context.CancellationToken);

    public override Task<MatchResourcesReply> MatchResources(MatchResourcesRequest request, ServerCallContext context) =>
        resourceReader.MatchAsync(request, context.CancellationToken);

    public override Task<ListResourceReferralsReply> ListResourceReferrals(ListResourceReferralsRequest request, ServerCallContext context) =>
        resourceReader.ListReferralsAsync(request, context.CancellationToken);

    public override Task<ResourceReferral> ConcludeResourceReferral(ConcludeResourceReferralRequest request, ServerCallContext context) =>
        concludeResourceReferral.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class RegisterResourceRequestValidator : AbstractValidator<RegisterResourceRequest>
{
    public RegisterResourceRequestValidator()
    {
        RuleFor(r => r.Kind).NotEqual(ResourceKind.Unspecified).IsInEnum();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Services).NotEmpty();
        RuleForEach(r => r.Services).NotEqual(Need.Unspecified).IsInEnum();
        RuleFor(r => r.Capacity).InclusiveBetween(1, 10_000);
        RuleFor(r => r.ContactName).NotEmpty().MaximumLength(50);
        RuleFor(r => r.ContactPhone).NotEmpty().MaximumLength(30);
        RuleFor(r => r.Description).MaximumLength(1_000);
        RuleFor(r => r.Address).MaximumLength(200);
    }
}

internal sealed class ConcludeResourceReferralRequestValidator : AbstractValidator<ConcludeResourceReferralRequest>
{
    public ConcludeResourceReferralRequestValidator()
    {
        RuleFor(r => r.ReferralId).Id("referralId");
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Outcome).MaximumLength(1_000);
    }
}

internal sealed class ListResourceReferralsRequestValidator : AbstractValidator<ListResourceReferralsRequest>
{
    public ListResourceReferralsRequestValidator()
    {
        RuleFor(r => r.ResourceId).OptionalId("resourceId");
        RuleFor(r => r.CaseId).OptionalId("caseId");
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class ListResourcesRequestValidator : AbstractValidator<ListResourcesRequest>
{
    public ListResourcesRequestValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Need).IsInEnum();
    }
}

internal sealed class MatchResourcesRequestValidator : AbstractValidator<MatchResourcesRequest>
{
    public MatchResourcesRequestValidator() => RuleFor(r => r.CaseId).Id("caseId");
}

internal sealed class UpdateResourceRequestValidator : AbstractValidator<UpdateResourceRequest>
{
    public UpdateResourceRequestValidator()
    {
        RuleFor(r => r.ResourceId).Id("resourceId");
        RuleFor(r => r.Name).MaximumLength(100);
        RuleFor(r => r.Description).MaximumLength(1_000);
        RuleFor(r => r.Services).Must(s => s.Count <= 200).WithMessage("services holds at most 200 entries.");
        RuleForEach(r => r.Services).IsInEnum();
        RuleFor(r => r.Capacity).InclusiveBetween(0, 10_000);
        RuleFor(r => r.ContactName).MaximumLength(50);
        RuleFor(r => r.ContactPhone).MaximumLength(30);
        RuleFor(r => r.Address).MaximumLength(200);
    }
}
