using System.Globalization;
using OneWindow.Common.Time;
using DomainCase = OneWindow.PolicyLaw.Domain.Approval.ApprovalCase;

namespace OneWindow.PolicyLaw.Application.Approval;

internal static class ApprovalMapping
{
    public static V1.ApprovalCase ToContract(this DomainCase approval, DateTimeOffset now) => new()
    {
        FileId = approval.FileId.ToString(),
        ItemCode = approval.ItemCode,
        ItemVersion = approval.ItemVersion,
        HouseholdId = approval.HouseholdId?.ToString(),
        ReviewerStaffId = approval.ReviewerStaffId,
        AcceptingClerkStaffId = approval.AcceptingClerkStaffId,
        ReturnRound = approval.ReturnRound,
        ReceivedAt = ChinaTime.ToChina(approval.ReceivedAt).ToString("O", CultureInfo.InvariantCulture),
        Deadline = ChinaTime.ToChina(approval.Deadline).ToString("O", CultureInfo.InvariantCulture),
        TimeLimited = approval.TimeLimited,
        SupervisorStaffId = approval.SupervisorStaffId,
        RecheckedBy = approval.RecheckedBy,
        Status = (V1.ApprovalStatus)((int)approval.Status + 1),
        DecidedBy = approval.DecidedBy,
        Reason = approval.Reason,
        Overdue = approval.AwaitingDecision && now > approval.Deadline,
        RuleAmount = approval.RuleAmount is { } byRule ? Catalogue.CatalogueMapping.FormatYuan(byRule) : null,
        ApprovedAmount = approval.ApprovedAmount is { } amount ? Catalogue.CatalogueMapping.FormatYuan(amount) : null,
        AmountReason = approval.AmountReason,
        ConfirmedBy = approval.ConfirmedBy,
        SentBackBy = approval.SentBackBy,
        SentBackReason = approval.SentBackReason,
    };
}
