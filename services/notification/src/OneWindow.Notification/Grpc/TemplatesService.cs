using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application.Templates;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class TemplatesService(
    TemplateReader templateReader, SaveTemplate saveTemplate, SaveCentreTemplate saveCentreTemplate, PreviewTemplate previewTemplate) : Templates.TemplatesBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListKindsReply> ListKinds(ListKindsRequest request, ServerCallContext context)
    {
        var reply = new ListKindsReply();
        reply.Kinds.AddRange(NotificationKinds.All.Select(TemplateMapping.ToContract));
        return Task.FromResult(reply);
    }

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListTemplatesReply> ListTemplates(ListTemplatesRequest request, ServerCallContext context) =>
        templateReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<TemplateHistory> GetTemplateHistory(GetTemplateHistoryRequest request, ServerCallContext context) =>
        templateReader.HistoryAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<V1.Template> SaveTemplate(SaveTemplateRequest request, ServerCallContext context) =>
        saveTemplate.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.Template> SaveCentreTemplate(SaveCentreTemplateRequest request, ServerCallContext context) =>
        saveCentreTemplate.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<PreviewTemplateReply> PreviewTemplate(PreviewTemplateRequest request, ServerCallContext context) =>
        previewTemplate.HandleAsync(request, context.CancellationToken);
}

internal sealed class SaveTemplateRequestValidator : AbstractValidator<SaveTemplateRequest>
{
    public SaveTemplateRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Channel).NotEmpty().MaximumLength(20);
        RuleFor(r => r.Locale).NotEmpty().MaximumLength(10);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(10_000);
        RuleFor(r => r.Title).MaximumLength(100);
    }
}

internal sealed class SaveCentreTemplateRequestValidator : AbstractValidator<SaveCentreTemplateRequest>
{
    public SaveCentreTemplateRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Channel).NotEmpty().MaximumLength(20);
        RuleFor(r => r.Locale).NotEmpty().MaximumLength(10);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(10_000).When(r => !r.Withdraw);
        RuleFor(r => r.Title).MaximumLength(100);
    }
}

internal sealed class PreviewTemplateRequestValidator : AbstractValidator<PreviewTemplateRequest>
{
    public PreviewTemplateRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Channel).IsInEnum().NotEqual(Channel.Unspecified);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(10_000);
    }
}

internal sealed class GetTemplateHistoryRequestValidator : AbstractValidator<GetTemplateHistoryRequest>
{
    public GetTemplateHistoryRequestValidator()
    {
        RuleFor(r => r.Kind).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Channel).NotEmpty().MaximumLength(20);
        RuleFor(r => r.Locale).MaximumLength(10);
    }
}

internal sealed class ListTemplatesRequestValidator : AbstractValidator<ListTemplatesRequest>
{
    public ListTemplatesRequestValidator()
    {
        RuleFor(r => r.Kind).MaximumLength(40);
        RuleFor(r => r.Channel).IsInEnum();
    }
}
