using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class DeliveriesService(IServiceProvider services) : Deliveries.DeliveriesBase
{
    /// <summary>Who answers residents' questions about what they were sent, and who looks after failures.</summary>
    private const string Readers = $"{PlatformRoles.Clerk},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    private const string Resenders = $"{PlatformRoles.Clerk},{PlatformRoles.Head},{PlatformRoles.Director}";

    [Authorize(Roles = Readers)]
    public override Task<ListDeliveriesReply> ListDeliveries(ListDeliveriesRequest request, ServerCallContext context) =>
        UseCases.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<Delivery> GetDelivery(GetDeliveryRequest request, ServerCallContext context) =>
        UseCases.GetAsync(request.DeliveryId, context.CancellationToken);

    [Authorize(Roles = Resenders)]
    public override Task<Delivery> ResendDelivery(ResendDeliveryRequest request, ServerCallContext context) =>
        UseCases.ResendAsync(request.DeliveryId, Caller.Of(context), context.CancellationToken);

    private DeliveryUseCases UseCases => services.GetRequiredService<DeliveryUseCases>();
}

internal sealed class InboxService(IServiceProvider services) : Inbox.InboxBase
{
    private const string Everyone = $"{PlatformRoles.Resident},{PlatformRoles.AnyStaff}";

    [Authorize(Roles = Everyone)]
    public override Task<ListInboxReply> ListInbox(ListInboxRequest request, ServerCallContext context) =>
        UseCases.ListAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Everyone)]
    public override Task<InboxItem> MarkRead(MarkReadRequest request, ServerCallContext context) =>
        UseCases.MarkReadAsync(request.DeliveryId, Caller.Of(context), context.CancellationToken);

    private InboxUseCases UseCases => services.GetRequiredService<InboxUseCases>();
}

internal sealed class PreferencesService(IServiceProvider services) : Preferences.PreferencesBase
{
    private const string Setters = $"{PlatformRoles.Resident},{PlatformRoles.Clerk}";

    [Authorize(Roles = Setters)]
    public override Task<ResidentPreferences> GetPreferences(GetPreferencesRequest request, ServerCallContext context) =>
        UseCases.GetAsync(request.ResidentId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Setters)]
    public override Task<ResidentPreferences> SetPreferences(SetPreferencesRequest request, ServerCallContext context) =>
        UseCases.SetAsync(request, Caller.Of(context), context.CancellationToken);

    private PreferenceUseCases UseCases => services.GetRequiredService<PreferenceUseCases>();
}

internal sealed class ListDeliveriesRequestValidator : AbstractValidator<ListDeliveriesRequest>
{
    public ListDeliveriesRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Channel).IsInEnum();
        RuleFor(r => r.Limit).InclusiveBetween(0, 500);
        RuleFor(r => r.RecipientId).MaximumLength(64);
    }
}

internal sealed class SetPreferencesRequestValidator : AbstractValidator<SetPreferencesRequest>
{
    public SetPreferencesRequestValidator()
    {
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Locale).MaximumLength(10);
        RuleFor(r => r.OptedOutKinds).Must(k => k.Count <= 20).WithMessage("At most 20 kinds.");
    }
}
