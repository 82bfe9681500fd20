using OneWindow.Common.Vocabulary;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Domain.Catalogue;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

internal static class AcceptanceMapping
{
    public static Contract.Material ToContract(RequiredMaterial material) => new()
    {
        Code = material.Code,
        Name = material.Name,
        Original = material.Original,
        Count = material.Count,
        Condition = material.Condition ?? string.Empty,
    };

    public static DeliveryMethod ToDomain(Contract.DeliveryMethod method) => method switch
    {
        Contract.DeliveryMethod.Post => DeliveryMethod.Post,
        Contract.DeliveryMethod.Electronic => DeliveryMethod.Electronic,
        Contract.DeliveryMethod.CollectAtCentre => DeliveryMethod.CollectAtCentre,
        // 最多跑一次: unless the resident chooses otherwise, the grid manager brings the result home.
        _ => DeliveryMethod.HomeDelivery,
    };

    public static string DeliveryName(DeliveryMethod method) => method switch
    {
        DeliveryMethod.Post => "邮寄送达",
        DeliveryMethod.Electronic => "电子送达",
        DeliveryMethod.CollectAtCentre => "中心窗口领取",
        _ => "网格员送达到家",
    };

    public static Contract.ApplicationFile ToContract(ApplicationFile file, IEnumerable<Guid> bundledWith)
    {
        var contract = new Contract.ApplicationFile
        {
            FileId = file.Id.ToString(),
            FileNumber = file.FileNumber,
            ItemCode = file.ItemCode,
            ItemVersion = file.ItemVersion,
            Kind = (Contract.ItemKind)((int)file.Kind + 1),
            ResidentId = file.ResidentId.ToString(),
            HouseholdId = file.HouseholdId.ToString(),
            VisitId = file.VisitId.ToString(),
            FromBundling = file.FromBundling,
            AcceptedBy = file.AcceptedBy,
            AcceptedAt = Wire.Instant(file.AcceptedAt),
            StatutoryDeadline = Wire.Instant(file.StatutoryDeadline),
            DeadlineProvisional = file.DeadlineProvisionalFrom is not null,
            DeliveryMethod = (Contract.DeliveryMethod)((int)file.DeliveryMethod + 1),
            Status = (Contract.FileStatus)((int)file.Status + 1),
            ReturnCount = file.ReturnCount,
            Outcome = file.Outcome?.ToString().ToLowerInvariant() ?? string.Empty,
        };
        contract.Delivery = new Contract.Delivery
        {
            Progress = (Contract.DeliveryProgress)((int)file.DeliveryProgress + 1),
            TaskId = file.DeliveryTaskId?.ToString() ?? string.Empty,
            GridManagerStaffId = file.DeliveryGridManager ?? string.Empty,
            Due = Wire.Instant(file.DeliveryDue),
            DeliveredAt = Wire.Instant(file.DeliveredAt),
            FailedAttempts = file.FailedDeliveries,
            LastFailureReason = file.LastDeliveryFailure ?? string.Empty,
            LastFailedAt = Wire.Instant(file.LastDeliveryFailedAt),
        };
        contract.BundledWith.AddRange(bundledWith.Select(id => id.ToString()));
        contract.MissingOnReturn.AddRange(file.MissingOnReturn);
        contract.Materials.AddRange(file.MaterialCodes);
        return contract;
    }
}
