using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Satisfaction;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class SatisfactionService(
    Application.Satisfaction.WriteMessage writeMessage, MessageBookReader messageBook, Application.Satisfaction.SubmitComplaint submitComplaint,
    Application.Satisfaction.HandleComplaint handleComplaint, ComplaintReader complaints) : V1.Satisfaction.SatisfactionBase
{
    private const string Writers = $"{PlatformRoles.Resident},{PlatformRoles.Device},{PlatformRoles.Clerk}";
    private const string Handlers = $"{PlatformRoles.Director},{PlatformRoles.Head}";

    [Authorize(Roles = Writers)]
    public override Task<Message> WriteMessage(WriteMessageRequest request, ServerCallContext context) =>
        writeMessage.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.Clerk},{Handlers},{PlatformRoles.DistrictAdmin}")]
    public override Task<MessageList> ListMessages(ListMessagesRequest request, ServerCallContext context) =>
        messageBook.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Writers)]
    public override Task<Complaint> SubmitComplaint(SubmitComplaintRequest request, ServerCallContext context) =>
        submitComplaint.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Handlers)]
    public override Task<Complaint> HandleComplaint(HandleComplaintRequest request, ServerCallContext context) =>
        handleComplaint.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.Resident},{Handlers},{PlatformRoles.DistrictAdmin}")]
    public override Task<Complaint> GetComplaint(GetComplaintRequest request, ServerCallContext context) =>
        complaints.GetAsync(request.ComplaintId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{Handlers},{PlatformRoles.DistrictAdmin}")]
    public override Task<ComplaintList> ListComplaints(ListComplaintsRequest request, ServerCallContext context) =>
        complaints.ListAsync(request, context.CancellationToken);
}

internal sealed class WriteMessageRequestValidator : AbstractValidator<WriteMessageRequest>
{
    public WriteMessageRequestValidator() =>
        RuleFor(r => r.Text).NotEmpty().MaximumLength(500).WithMessage("text is the message, 1 to 500 characters.");
}

internal sealed class SubmitComplaintRequestValidator : AbstractValidator<SubmitComplaintRequest>
{
    public SubmitComplaintRequestValidator()
    {
        RuleFor(r => r.Category).NotEqual(ComplaintCategory.Unspecified).WithMessage("category is required.").IsInEnum();
        RuleFor(r => r.Source).IsInEnum();
        RuleFor(r => r.Text).NotEmpty().MaximumLength(1000).WithMessage("text is what happened, 1 to 1000 characters.");
    }
}

internal sealed class HandleComplaintRequestValidator : AbstractValidator<HandleComplaintRequest>
{
    public HandleComplaintRequestValidator()
    {
        RuleFor(r => r.ComplaintId).NotEmpty();
        RuleFor(r => r.Reply).NotEmpty().MaximumLength(1000).WithMessage("reply is the answer given to the resident, 1 to 1000 characters.");
    }
}

internal sealed class ListComplaintsRequestValidator : AbstractValidator<ListComplaintsRequest>
{
    public ListComplaintsRequestValidator() => RuleFor(r => r.Status).IsInEnum();
}

internal sealed class GetComplaintRequestValidator : AbstractValidator<GetComplaintRequest>
{
    public GetComplaintRequestValidator() => RuleFor(r => r.ComplaintId).Id("complaintId");
}

internal sealed class ListMessagesRequestValidator : AbstractValidator<ListMessagesRequest>
{
    public ListMessagesRequestValidator()
    {
        RuleFor(r => r.From).OptionalDay("from");
        RuleFor(r => r.To).OptionalDay("to");
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
