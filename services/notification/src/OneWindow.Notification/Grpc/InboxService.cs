using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application.Inbox;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class InboxService(InboxReader inboxReader, MarkRead markRead) : Inbox.InboxBase
{
    private const string Everyone = $"{PlatformRoles.Resident},{PlatformRoles.AnyStaff}";

    [Authorize(Roles = Everyone)]
    public override Task<ListInboxReply> ListInbox(ListInboxRequest request, ServerCallContext context) =>
        inboxReader.ListAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Everyone)]
    public override Task<InboxItem> MarkRead(MarkReadRequest request, ServerCallContext context) =>
        markRead.HandleAsync(request.DeliveryId, Caller.Of(context), context.CancellationToken);
}

internal sealed class ListInboxRequestValidator : AbstractValidator<ListInboxRequest>
{
    public ListInboxRequestValidator() => RuleFor(r => r.Limit).InclusiveBetween(0, 200).WithMessage("limit is 1 to 200.");
}

internal sealed class MarkReadRequestValidator : AbstractValidator<MarkReadRequest>
{
    public MarkReadRequestValidator() => RuleFor(r => r.DeliveryId).Id("deliveryId");
}
