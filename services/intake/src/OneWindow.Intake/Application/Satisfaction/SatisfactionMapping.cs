using OneWindow.Common.Errors;
using OneWindow.Intake.Domain.Satisfaction;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Satisfaction;

internal static class SatisfactionMapping
{
    public static ComplaintCategory ToDomain(Contract.ComplaintCategory category) => category switch
    {
        Contract.ComplaintCategory.Unspecified => throw new DomainException(DomainErrorKind.Invalid, "category-required", "category is required.", "category"),
        _ => (ComplaintCategory)((int)category - 1),
    };

    public static ComplaintSource ToDomain(Contract.ComplaintSource source) => (ComplaintSource)((int)source - 1);

    /// <summary>The category as complaint-recorded carries it (kebab-case).</summary>
    public static string Code(ComplaintCategory category) => category.ToString().ToLowerInvariant();

    public static Contract.Message ToContract(MessageBookEntry entry) => new()
    {
        MessageId = entry.Id.ToString(),
        Text = entry.Text,
        TicketId = entry.TicketId?.ToString() ?? string.Empty,
        WrittenBy = entry.WrittenBy,
        WrittenAt = Wire.Instant(entry.WrittenAt),
    };

    public static Contract.Complaint ToContract(Complaint complaint, string? centre, string? ticketNumber) => new()
    {
        ComplaintId = complaint.Id.ToString(),
        Category = (Contract.ComplaintCategory)((int)complaint.Category + 1),
        Source = (Contract.ComplaintSource)((int)complaint.Source + 1),
        Text = complaint.Text,
        TicketId = complaint.TicketId?.ToString() ?? string.Empty,
        TicketNumber = ticketNumber ?? string.Empty,
        ClerkStaffId = complaint.ClerkStaffId ?? string.Empty,
        SubmittedAt = Wire.Instant(complaint.SubmittedAt),
        Status = (Contract.ComplaintStatus)((int)complaint.Status + 1),
        Reply = complaint.Reply ?? string.Empty,
        HandledBy = complaint.HandledBy ?? string.Empty,
        HandledAt = Wire.Instant(complaint.HandledAt),
        Centre = centre ?? string.Empty,
    };
}
