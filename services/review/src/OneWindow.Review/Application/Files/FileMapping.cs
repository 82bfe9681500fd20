using OneWindow.Review.Domain.Files;
using OneWindow.Review.Domain.Joint;
using OneWindow.Review.Persistence.ReadModels;
using Contract = OneWindow.Review.V1;

namespace OneWindow.Review.Application.Files;

internal static class FileMapping
{
    public static Contract.ReviewFile ToContract(this ReviewFile file, DateTimeOffset now, CatalogueEntry? entry, IEnumerable<JointRequest>? requests = null)
    {
        var contract = new Contract.ReviewFile
        {
            FileId = file.FileId.ToString(),
            ItemCode = file.ItemCode,
            ItemVersion = file.ItemVersion,
            ItemName = entry?.Name,
            Kind = Wire.Kebab(file.Kind),
            Status = (Contract.FileStatus)((int)file.Status + 1),
            ReviewerStaffId = file.ReviewerStaffId,
            AssignmentReason = file.AssignmentReason is { } reason ? Wire.Kebab(reason) : null,
            AcceptingClerkStaffId = file.AcceptingClerkStaffId,
            AcceptedAt = Wire.Instant(file.AcceptedAt),
            Deadline = Wire.Instant(file.Deadline),
            DeadlineProvisional = file.DeadlineProvisionalFrom is not null,
            Paused = file.PausedAt is not null,
            Overdue = file.IsOverdue(now),
            Effort = file.Effort,
            Returns = file.Returns,
            TimeLimited = entry?.TimeLimited ?? false,
            NeedsApproval = entry?.NeedsApproval ?? true,
            RecheckedBy = file.RecheckedBy,
            DecidedBy = file.DecidedBy,
            Reason = file.Reason,
            EscalatedBy = file.EscalatedBy,
            ResidentId = file.ResidentId.ToString(),
            HouseholdId = file.HouseholdId.ToString(),
        };
        contract.Rounds.AddRange(file.Rounds.Select(ToContract));
        contract.Materials.AddRange((entry?.Materials ?? []).Select(m => new Contract.Material { Code = m.Code, Name = m.Name }));
        contract.JointRequests.AddRange((requests ?? []).Select(ToContract));
        return contract;
    }

    private static Contract.ReturnRound ToContract(ReturnRound round)
    {
        var contract = new Contract.ReturnRound
        {
            Round = round.Round,
            ReturnedAt = Wire.Instant(round.ReturnedAt),
            ReturnedBy = round.ReturnedBy,
            SupplementAt = round.SupplementAt is { } at ? Wire.Instant(at) : null,
        };
        contract.Issues.AddRange(round.Issues.Select(i => new Contract.ReturnIssue
        {
            MaterialCode = i.MaterialCode,
            Kind = i.Kind == IssueKind.Missing ? Contract.IssueKind.Missing : Contract.IssueKind.Wrong,
            Note = i.Note,
        }));
        contract.MaterialsReceived.AddRange(round.MaterialsReceived ?? []);
        return contract;
    }

    private static Contract.JointRequest ToContract(JointRequest request) => new()
    {
        RequestId = request.Id.ToString(),
        Department = request.Department,
        Contact = request.Contact,
        Channel = request.Channel,
        SentAt = Wire.Instant(request.SentAt),
        ReplyDue = Wire.Day(request.ReplyDue),
        Reply = request.Reply,
        RepliedAt = request.RepliedAt is { } at ? Wire.Instant(at) : null,
        Escalated = request.Escalated,
    };
}
