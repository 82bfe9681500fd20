using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Queue;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class QueueService(Application.Queue.OpenWindow openWindow, Application.Queue.CloseWindow closeWindow, Application.Queue.IssueTicket issueTicket, CallNextTicket callNextTicket, ServeTicket serveTicket, QueueReader queueReader, RateService rateService) : V1.Queue.QueueBase
{
    private const string Kiosk = $"{PlatformRoles.Device},{PlatformRoles.Clerk}";
    private const string Watchers = $"{PlatformRoles.Device},{PlatformRoles.Clerk},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<ServiceWindow> OpenWindow(OpenWindowRequest request, ServerCallContext context) =>
        openWindow.HandleAsync(request.Number, QueueMapping.ToDomain(request.Type), Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<ServiceWindow> CloseWindow(CloseWindowRequest request, ServerCallContext context) =>
        closeWindow.HandleAsync(request.Number, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Kiosk)]
    public override Task<Ticket> IssueTicket(IssueTicketRequest request, ServerCallContext context) =>
        issueTicket.HandleAsync(QueueMapping.ToDomain(request.WindowType), request.Priority, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Ticket> CallNext(CallNextRequest request, ServerCallContext context) =>
        callNextTicket.HandleAsync(request.Number, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Ticket> Recall(TicketRequest request, ServerCallContext context) =>
        serveTicket.RecallAsync(request.TicketId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Ticket> MarkNoShow(TicketRequest request, ServerCallContext context) =>
        serveTicket.MarkNoShowAsync(request.TicketId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Ticket> StartService(StartServiceRequest request, ServerCallContext context) =>
        serveTicket.StartAsync(request.TicketId, request.ResidentId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Ticket> FinishService(TicketRequest request, ServerCallContext context) =>
        serveTicket.FinishAsync(request.TicketId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<Ticket> Transfer(TransferRequest request, ServerCallContext context) =>
        serveTicket.TransferAsync(request.TicketId, QueueMapping.ToDomain(request.WindowType), Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Watchers)]
    public override Task<Ticket> GetTicket(TicketRequest request, ServerCallContext context) =>
        queueReader.GetAsync(request.TicketId, context.CancellationToken);

    [Authorize(Roles = Watchers)]
    public override Task<QueueState> GetQueueState(GetQueueStateRequest request, ServerCallContext context) =>
        queueReader.StateAsync(context.CancellationToken);

    [Authorize(Roles = Watchers)]
    public override Task<Hall> GetHall(GetHallRequest request, ServerCallContext context) =>
        queueReader.HallAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Device)]
    public override Task<Ticket> RateTicket(RateTicketRequest request, ServerCallContext context) =>
        rateService.HandleAsync(request.TicketId, request.Score, request.Comment, context.GetHttpContext().User.FindFirst(PlatformClaims.Window)?.Value, context.CancellationToken);
}

internal sealed class OpenWindowRequestValidator : AbstractValidator<OpenWindowRequest>
{
    public OpenWindowRequestValidator()
    {
        RuleFor(r => r.Number).Matches(@"^[0-9]{2}\z").WithMessage("number is a two-digit window number such as \"03\".");
        RuleFor(r => r.Type).NotEqual(V1.WindowType.Unspecified).WithMessage("type is required.").IsInEnum();
    }
}

internal sealed class IssueTicketRequestValidator : AbstractValidator<IssueTicketRequest>
{
    public IssueTicketRequestValidator() =>
        RuleFor(r => r.WindowType).NotEqual(V1.WindowType.Unspecified).WithMessage("windowType is required.").IsInEnum();
}

internal sealed class TransferRequestValidator : AbstractValidator<TransferRequest>
{
    public TransferRequestValidator()
    {
        RuleFor(r => r.TicketId).NotEmpty();
        RuleFor(r => r.WindowType).NotEqual(V1.WindowType.Unspecified).WithMessage("windowType is required.").IsInEnum();
    }
}

internal sealed class RateTicketRequestValidator : AbstractValidator<RateTicketRequest>
{
    public RateTicketRequestValidator()
    {
        RuleFor(r => r.TicketId).NotEmpty();
        RuleFor(r => r.Score).InclusiveBetween(1, 5).WithMessage("score is 1 (very dissatisfied) to 5 (very satisfied).");
        RuleFor(r => r.Comment).MaximumLength(500);
    }
}

internal sealed class CloseWindowRequestValidator : AbstractValidator<CloseWindowRequest>
{
    public CloseWindowRequestValidator() =>
        RuleFor(r => r.Number).Matches(@"\A[0-9]{2}\z").WithMessage("number is a two-digit window number such as \"03\".");
}

internal sealed class CallNextRequestValidator : AbstractValidator<CallNextRequest>
{
    public CallNextRequestValidator() =>
        RuleFor(r => r.Number).Matches(@"\A[0-9]{2}\z").WithMessage("number is a two-digit window number such as \"03\".");
}

internal sealed class TicketRequestValidator : AbstractValidator<TicketRequest>
{
    public TicketRequestValidator() => RuleFor(r => r.TicketId).Id("ticketId");
}

internal sealed class StartServiceRequestValidator : AbstractValidator<StartServiceRequest>
{
    public StartServiceRequestValidator()
    {
        RuleFor(r => r.TicketId).Id("ticketId");
        RuleFor(r => r.ResidentId!).Id("residentId").When(r => r.ResidentId is not null);
    }
}
