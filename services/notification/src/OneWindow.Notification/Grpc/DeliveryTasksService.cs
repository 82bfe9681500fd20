using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Notification.Application.DeliveryTasks;
using OneWindow.Notification.V1;

namespace OneWindow.Notification.Grpc;

internal sealed class DeliveryTasksService(DeliveryTaskReader deliveryTaskReader, ConfirmDelivery confirmDelivery, RecordFailedAttempt recordFailedAttempt) : DeliveryTasks.DeliveryTasksBase
{
    private const string Readers = $"{PlatformRoles.GridManager},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = Readers)]
    public override Task<ListDeliveryTasksReply> ListDeliveryTasks(ListDeliveryTasksRequest request, ServerCallContext context) =>
        deliveryTaskReader.ListAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<DeliveryTask> GetDeliveryTask(GetDeliveryTaskRequest request, ServerCallContext context) =>
        deliveryTaskReader.GetAsync(request.TaskId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.GridManager)]
    public override Task<DeliveryTask> ConfirmDelivery(ConfirmDeliveryRequest request, ServerCallContext context) =>
        confirmDelivery.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.GridManager)]
    public override Task<DeliveryTask> RecordFailedAttempt(RecordFailedAttemptRequest request, ServerCallContext context) =>
        recordFailedAttempt.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class ConfirmDeliveryRequestValidator : AbstractValidator<ConfirmDeliveryRequest>
{
    public ConfirmDeliveryRequestValidator()
    {
        RuleFor(r => r.TaskId).NotEmpty();
        RuleFor(r => r.ReceivedBy).NotEmpty().MaximumLength(50);
        RuleFor(r => r.SignatureReference).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DeliveredAt).MaximumLength(40);
    }
}

internal sealed class RecordFailedAttemptRequestValidator : AbstractValidator<RecordFailedAttemptRequest>
{
    public RecordFailedAttemptRequestValidator()
    {
        RuleFor(r => r.TaskId).NotEmpty();
        RuleFor(r => r.Reason).IsInEnum().NotEqual(AttemptFailure.Unspecified).WithMessage("reason says why nobody took it.");
        RuleFor(r => r.Note).MaximumLength(500);
        RuleFor(r => r.AttemptedAt).MaximumLength(40);
    }
}

internal sealed class GetDeliveryTaskRequestValidator : AbstractValidator<GetDeliveryTaskRequest>
{
    public GetDeliveryTaskRequestValidator() => RuleFor(r => r.TaskId).Id("taskId");
}

internal sealed class ListDeliveryTasksRequestValidator : AbstractValidator<ListDeliveryTasksRequest>
{
    public ListDeliveryTasksRequestValidator()
    {
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
