using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Review.Application.Joint;
using OneWindow.Review.V1;

namespace OneWindow.Review.Grpc;

internal sealed class JointItemsService(SendJointRequests sendJointRequests, RecordJointReply recordJointReply) : V1.JointItems.JointItemsBase
{
    [Authorize(Roles = PlatformRoles.Reviewer)]
    public override Task<ReviewFile> SendJointRequests(SendJointRequestsRequest request, ServerCallContext context) =>
        sendJointRequests.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Reviewer)]
    public override Task<ReviewFile> RecordJointReply(RecordJointReplyRequest request, ServerCallContext context) =>
        recordJointReply.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class SendJointRequestsRequestValidator : AbstractValidator<SendJointRequestsRequest>
{
    public SendJointRequestsRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.ReplyDue).Matches(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z").WithMessage("replyDue is a date as yyyy-MM-dd.").When(r => r.ReplyDue is not null);
    }
}

internal sealed class RecordJointReplyRequestValidator : AbstractValidator<RecordJointReplyRequest>
{
    public RecordJointReplyRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.RequestId).NotEmpty();
        RuleFor(r => r.Reply).NotEmpty().MaximumLength(2_000);
    }
}
