using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Domain.Eligibility;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Grpc;

internal sealed class CatalogueService(CatalogueReader catalogueReader, CreateServiceItem createServiceItem, PublishItemVersion publishItemVersion, ChangeCentreItemSetting changeCentreItemSetting, Application.Eligibility.FactDefinitions facts) : V1.Catalogue.CatalogueBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListItemsReply> ListItems(ListItemsRequest request, ServerCallContext context) =>
        catalogueReader.ListItemsAsync(request.Category, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<V1.ServiceItem> GetItem(GetItemRequest request, ServerCallContext context) =>
        catalogueReader.GetItemAsync(request.Code, request.Version, context.CancellationToken);

    [AllowAnonymous]
    public override Task<ServiceGuide> GetGuide(GetGuideRequest request, ServerCallContext context) =>
        catalogueReader.GetGuideAsync(request.Code, request.Centre, context.CancellationToken);

    [AllowAnonymous]
    public override Task<ListGuidesReply> ListGuides(ListGuidesRequest request, ServerCallContext context) =>
        catalogueReader.ListGuidesAsync(request.Category, request.Centre, request.Query, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<V1.ServiceItem> CreateItem(CreateItemRequest request, ServerCallContext context) =>
        createServiceItem.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<V1.ServiceItem> PublishVersion(PublishVersionRequest request, ServerCallContext context) =>
        publishItemVersion.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override async Task<RuleValidation> ValidateRule(ValidateRuleRequest request, ServerCallContext context)
    {
        var validation = new RuleValidation();
        var defined = request.Kind == V1.RuleKind.MonthlyAmount ? [] : await facts.DefinedAsync(context.CancellationToken);
        try
        {
            validation.Facts.AddRange(request.Kind == V1.RuleKind.MonthlyAmount ? AmountRule.Check(request.Rule) : EligibilityRule.Check(request.Rule, defined));
            validation.Valid = true;
        }
        catch (InvalidRuleException invalid)
        {
            validation.Fault = (V1.RuleFault)((int)invalid.Fault + 1);
            validation.Position = invalid.Position;
            validation.Message = invalid.Message;
        }

        return validation;
    }

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.CentreItemSetting> SetCentreItemSetting(SetCentreItemSettingRequest request, ServerCallContext context) =>
        changeCentreItemSetting.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}


internal sealed class CreateItemRequestValidator : AbstractValidator<CreateItemRequest>
{
    public CreateItemRequestValidator()
    {
        RuleFor(r => r.Code).Must(ItemCodes.IsValid).WithMessage("An item code is 3 to 40 lower-case letters, digits and dashes, starting with a letter.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.NameEn).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Category).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Kind).NotEqual(V1.ItemKind.Unspecified).IsInEnum();
        RuleFor(r => r.WindowType).NotEqual(V1.WindowType.Unspecified).IsInEnum();
        RuleFor(r => r.Scope).NotEqual(V1.ItemScope.Unspecified).IsInEnum();
    }
}

internal sealed class PublishVersionRequestValidator : AbstractValidator<PublishVersionRequest>
{
    public PublishVersionRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty();
        RuleFor(r => r.EffectiveFrom).Matches(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z").WithMessage("effectiveFrom must be a date as yyyy-MM-dd.");
        RuleFor(r => r.Terms).NotNull();
        RuleFor(r => r.Terms.LegalBasis).NotEmpty().MaximumLength(2_000).When(r => r.Terms is not null);
        RuleFor(r => r.Terms.FlowSteps).NotEmpty().When(r => r.Terms is not null);
        RuleForEach(r => r.Terms.Materials).ChildRules(material =>
        {
            material.RuleFor(m => m.Code).NotEmpty().MaximumLength(40);
            material.RuleFor(m => m.Name).NotEmpty().MaximumLength(100);
            material.RuleFor(m => m.Count).InclusiveBetween(1, 20);
        }).When(r => r.Terms is not null);
    }
}

internal sealed class ListGuidesRequestValidator : AbstractValidator<ListGuidesRequest>
{
    public ListGuidesRequestValidator()
    {
        RuleFor(r => r.Query).MaximumLength(GuideSearch.MaxQueryLength).WithMessage($"query is at most {GuideSearch.MaxQueryLength} characters.");
    }
}

internal sealed class ValidateRuleRequestValidator : AbstractValidator<ValidateRuleRequest>
{
    public ValidateRuleRequestValidator()
    {
        RuleFor(r => r.Kind).IsInEnum().WithMessage("kind is an eligibility rule or a monthly amount rule.");
    }
}

internal sealed class SetCentreItemSettingRequestValidator : AbstractValidator<SetCentreItemSettingRequest>
{
    public SetCentreItemSettingRequestValidator()
    {
        RuleFor(r => r.ItemCode).NotEmpty();
        RuleFor(r => r.LocalNote).MaximumLength(500);
    }
}

internal sealed class GetGuideRequestValidator : AbstractValidator<GetGuideRequest>
{
    public GetGuideRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Centre).Matches(@"\A([a-z][a-z0-9-]{1,31})?\z").WithMessage("centre is a centre code (lower-case letters, digits and dashes, starting with a letter).");
    }
}

internal sealed class GetItemRequestValidator : AbstractValidator<GetItemRequest>
{
    public GetItemRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).When(r => r.Version is not null);
    }
}

internal sealed class ListItemsRequestValidator : AbstractValidator<ListItemsRequest>
{
    public ListItemsRequestValidator() => RuleFor(r => r.Category).MaximumLength(50);
}
