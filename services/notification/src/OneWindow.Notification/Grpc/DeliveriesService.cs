using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application.Deliveries;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class DeliveriesService(DeliveryReader deliveryReader, ResendDelivery resendDelivery) : Deliveries.DeliveriesBase
{
    /// <summary>Who answers residents' questions about what they were sent, and who looks after failures.</summary>
    private const string Readers = $"{PlatformRoles.Clerk},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    private const string Resenders = $"{PlatformRoles.Clerk},{PlatformRoles.Head},{PlatformRoles.Director}";

    [Authorize(Roles = Readers)]
    public override Task<ListDeliveriesReply> ListDeliveries(ListDeliveriesRequest request, ServerCallContext context) =>
        deliveryReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<Delivery> GetDelivery(GetDeliveryRequest request, ServerCallContext context) =>
        deliveryReader.GetAsync(request.DeliveryId, context.CancellationToken);

    [Authorize(Roles = Resenders)]
    public override Task<Delivery> ResendDelivery(ResendDeliveryRequest request, ServerCallContext context) =>
        resendDelivery.HandleAsync(request.DeliveryId, Caller.Of(context), context.CancellationToken);
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

internal sealed class GetDeliveryRequestValidator : AbstractValidator<GetDeliveryRequest>
{
    public GetDeliveryRequestValidator() => RuleFor(r => r.DeliveryId).Id("deliveryId");
}

internal sealed class ResendDeliveryRequestValidator : AbstractValidator<ResendDeliveryRequest>
{
    public ResendDeliveryRequestValidator() => RuleFor(r => r.DeliveryId).Id("deliveryId");
}
