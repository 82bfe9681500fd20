using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Queue;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Queue;

internal static class QueueMapping
{
    public static Contract.WindowType ToContract(WindowType type) => (Contract.WindowType)((int)type + 1);

    public static WindowType ToDomain(Contract.WindowType type) => type switch
    {
        Contract.WindowType.PolicyConsultation => WindowType.PolicyConsultation,
        Contract.WindowType.Comprehensive => WindowType.Comprehensive,
        Contract.WindowType.Payment => WindowType.Payment,
        _ => throw new DomainException(DomainErrorKind.Invalid, "window-type-required", "windowType is required.", "windowType"),
    };

    public static Contract.ServiceWindow ToContract(ServiceWindow window) => new()
    {
        Number = window.Number,
        Type = ToContract(window.Type),
        Open = window.Open,
        ClerkStaffId = window.ClerkStaffId ?? string.Empty,
    };

    public static Contract.Ticket ToContract(Ticket ticket) => new()
    {
        TicketId = ticket.Id.ToString(),
        Number = ticket.Number,
        WindowType = ToContract(ticket.WindowType),
        Status = (Contract.TicketStatus)((int)ticket.Status + 1),
        Priority = ticket.Priority,
        IssuedAt = Wire.Instant(ticket.IssuedAt),
        Window = ticket.Window ?? string.Empty,
        ClerkStaffId = ticket.ClerkStaffId ?? string.Empty,
        WaitedSeconds = ticket.WaitedSeconds,
        ServedSeconds = ticket.ServedSeconds,
        Rating = ticket.Rating,
    };
}
