using OneWindow.Common.Errors;
using OneWindow.Common.Vocabulary;

namespace OneWindow.Intake.Domain.Acceptance;

/// <summary>
/// A file (受理件) opened at a window for one item version, one resident and their household. Instant
/// items are completed at the window; routed and joint items carry a statutory deadline and go to review.
/// </summary>
public sealed class ApplicationFile
{
    /// <summary>At most two returns (最多2次): a third is escalated by review, never asked of the resident.</summary>
    public const int MaxReturns = 2;

    private readonly List<string> _materialCodes = [];

    private readonly List<string> _missingOnReturn = [];

    private ApplicationFile()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The file number on the receipt, e.g. <c>JP-20261123-0001</c>.</summary>
    public string FileNumber { get; private set; } = string.Empty;

    public string ItemCode { get; private set; } = string.Empty;

    public int ItemVersion { get; private set; }

    public ItemKind Kind { get; private set; }

    public Guid ResidentId { get; private set; }

    public Guid HouseholdId { get; private set; }

    public Guid? TicketId { get; private set; }

    /// <summary>The visit this file was accepted in (一次性办结: several files, one visit).</summary>
    public Guid VisitId { get; private set; }

    /// <summary>Accepted because the system offered it as due in the same visit.</summary>
    public bool FromBundling { get; private set; }

    public string AcceptedBy { get; private set; } = string.Empty;

    public DateTimeOffset AcceptedAt { get; private set; }

    public DateTimeOffset? StatutoryDeadline { get; private set; }

    /// <summary>
    /// The first year the promised date was counted over without the district's calendar for it (Monday to Friday,
    /// 暂定 on the receipt and in every list); null when every year it spans was loaded.
    /// </summary>
    public int? DeadlineProvisionalFrom { get; private set; }

    /// <summary>
    /// The promised date as review now counts it (a provisional deadline counted again on a year the district has
    /// loaded), and whether it is still provisional; an instant item, finished at the window, has none to move. The
    /// same news told twice changes nothing more.
    /// </summary>
    public void MoveStatutoryDeadline(DateTimeOffset deadline, bool provisional)
    {
        if (StatutoryDeadline is not null)
        {
            StatutoryDeadline = deadline;
            DeadlineProvisionalFrom = provisional ? DeadlineProvisionalFrom : null;
        }
    }

    public DeliveryMethod DeliveryMethod { get; private set; }

    public IReadOnlyList<string> MaterialCodes => _materialCodes;

    public FileStatus Status { get; private set; }

    public int ReturnCount { get; private set; }

    /// <summary>What review asked for on the last return.</summary>
    public IReadOnlyList<string> MissingOnReturn => _missingOnReturn;

    public CompletionOutcome? Outcome { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    /// <summary>The home-delivery task of the result (最多跑一次), as notification announced it.</summary>
    public Guid? DeliveryTaskId { get; private set; }

    public string? DeliveryGridManager { get; private set; }

    public DateTimeOffset? DeliveryDue { get; private set; }

    /// <summary>When the grid manager confirmed the result reached the home.</summary>
    public DateTimeOffset? DeliveredAt { get; private set; }

    public int FailedDeliveries { get; private set; }

    public string? LastDeliveryFailure { get; private set; }

    public DateTimeOffset? LastDeliveryFailedAt { get; private set; }

    public DeliveryProgress DeliveryProgress =>
        DeliveredAt is not null ? DeliveryProgress.Delivered
        : FailedDeliveries > 0 ? DeliveryProgress.AttemptFailed
        : DeliveryTaskId is not null ? DeliveryProgress.Assigned
        : DeliveryProgress.None;

    public static ApplicationFile Accept(
        Guid id, string fileNumber, string itemCode, int itemVersion, ItemKind kind, Guid residentId, Guid householdId, Guid? ticketId,
        Guid visitId, bool fromBundling, string acceptedBy, DateTimeOffset acceptedAt, DateTimeOffset? statutoryDeadline, int? deadlineProvisionalFrom,
        DeliveryMethod deliveryMethod, IEnumerable<string> materialCodes)
    {
        var file = new ApplicationFile
        {
            Id = id,
            FileNumber = fileNumber,
            ItemCode = itemCode,
            ItemVersion = itemVersion,
            Kind = kind,
            ResidentId = residentId,
            HouseholdId = householdId,
            TicketId = ticketId,
            VisitId = visitId,
            FromBundling = fromBundling,
            AcceptedBy = acceptedBy,
            AcceptedAt = acceptedAt,
            StatutoryDeadline = kind == ItemKind.Instant ? null : statutoryDeadline,
            DeadlineProvisionalFrom = kind == ItemKind.Instant ? null : deadlineProvisionalFrom,
            DeliveryMethod = deliveryMethod,
            Status = FileStatus.Accepted,
        };
        file._materialCodes.AddRange(materialCodes.Distinct(StringComparer.Ordinal));
        if (kind == ItemKind.Instant)
        {
            // 即办件: finished at the window, nothing goes to the back office.
            file.Complete(CompletionOutcome.Granted, acceptedBy, acceptedAt);
        }

        return file;
    }

    /// <summary>A file recorded as completed in the past (demo history, migrations from the old system).</summary>
    public static ApplicationFile Completed(Guid id, string fileNumber, string itemCode, int itemVersion, ItemKind kind, Guid residentId, Guid householdId, string by, DateTimeOffset at)
    {
        var file = Accept(id, fileNumber, itemCode, itemVersion, kind, residentId, householdId, null, id, false, by, at, null, null, DeliveryMethod.CollectAtCentre, []);
        if (file.Status != FileStatus.Completed)
        {
            file.Complete(CompletionOutcome.Granted, by, at);
        }

        return file;
    }

    public void ReturnForSupplement(IEnumerable<string> missingCodes)
    {
        if (Status == FileStatus.Completed)
        {
            return;
        }

        Status = FileStatus.Returned;
        ReturnCount = Math.Min(ReturnCount + 1, MaxReturns + 1);
        var missing = missingCodes.ToList();
        _missingOnReturn.Clear();
        _missingOnReturn.AddRange(missing);
    }

    /// <summary>No fee is taken for a file that was rejected or withdrawn.</summary>
    public void RequireFeeDue()
    {
        if (Outcome is CompletionOutcome.Rejected or CompletionOutcome.Withdrawn)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "file-not-payable", $"File {FileNumber} was {Outcome.ToString()!.ToLowerInvariant()}: no fee is due.", "fileId");
        }
    }

    /// <summary>The resident brings what review asked for; the file goes back to review as its next round.</summary>
    public IReadOnlyList<string> ReceiveSupplement(IEnumerable<string> materialCodes)
    {
        if (Status != FileStatus.Returned)
        {
            throw new DomainException(DomainErrorKind.Conflict, "not-returned", "This file is not waiting for a supplement.", "fileId");
        }

        var brought = materialCodes.Distinct(StringComparer.Ordinal).ToList();
        var stillMissing = MissingOnReturn.Except(brought, StringComparer.Ordinal).ToList();
        if (stillMissing.Count > 0)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "materials-missing",
                $"Review asked for these materials, still missing: {string.Join(", ", stillMissing)}.", "materials");
        }

        _materialCodes.AddRange(brought.Except(_materialCodes, StringComparer.Ordinal).ToList());
        _missingOnReturn.Clear();
        Status = FileStatus.Accepted;
        return brought;
    }

    public void PassReview()
    {
        if (Status is FileStatus.Accepted)
        {
            Status = FileStatus.InApproval;
        }
    }

    /// <summary>A grid manager was given the result to bring home, by a day.</summary>
    public void AssignDelivery(Guid taskId, string gridManager, DateTimeOffset due)
    {
        if (DeliveredAt is not null)
        {
            return;
        }

        DeliveryTaskId = taskId;
        DeliveryGridManager = gridManager;
        DeliveryDue = due;
    }

    /// <summary>The result reached the home. Final: a failed attempt reported later changes nothing.</summary>
    public void ConfirmDelivery(Guid taskId, string gridManager, DateTimeOffset at)
    {
        if (DeliveredAt is not null)
        {
            return;
        }

        DeliveryTaskId = taskId;
        DeliveryGridManager = gridManager;
        DeliveredAt = at;
    }

    /// <summary>An attempt that did not reach the resident (nobody home, moved…), counted with its reason.</summary>
    public void RecordFailedDelivery(Guid taskId, string gridManager, DateTimeOffset at, string reason)
    {
        if (DeliveredAt is not null)
        {
            return;
        }

        DeliveryTaskId = taskId;
        DeliveryGridManager = gridManager;
        FailedDeliveries++;
        if (LastDeliveryFailedAt is null || at >= LastDeliveryFailedAt)
        {
            LastDeliveryFailure = reason;
            LastDeliveryFailedAt = at;
        }
    }

    /// <summary>办结. Completing twice changes nothing (events are delivered at least once).</summary>
    public bool Complete(CompletionOutcome outcome, string by, DateTimeOffset at)
    {
        if (Status == FileStatus.Completed)
        {
            return false;
        }

        Status = FileStatus.Completed;
        Outcome = outcome;
        CompletedBy = by;
        CompletedAt = at;
        return true;
    }
}
