using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application;
using OneWindow.Notification.Domain.Templates;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class TemplatesService(TemplateUseCases useCases) : Templates.TemplatesBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListKindsReply> ListKinds(ListKindsRequest request, ServerCallContext context)
    {
        var reply = new ListKindsReply();
        reply.Kinds.AddRange(NotificationKinds.All.Select(Mapping.ToContract));
        return Task.FromResult(reply);
    }

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListTemplatesReply> ListTemplates(ListTemplatesRequest request, ServerCallContext context) =>
        useCases.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<TemplateHistory> GetTemplateHistory(GetTemplateHistoryRequest request, ServerCallContext context) =>
        useCases.HistoryAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<V1.Template> SaveTemplate(SaveTemplateRequest request, ServerCallContext context) =>
        useCases.SaveAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.Template> SaveCentreTemplate(SaveCentreTemplateRequest request, ServerCallContext context) =>
        useCases.SaveCentreAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<PreviewTemplateReply> PreviewTemplate(PreviewTemplateRequest request, ServerCallContext context) =>
        Task.FromResult(TemplateUseCases.Preview(request));
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
