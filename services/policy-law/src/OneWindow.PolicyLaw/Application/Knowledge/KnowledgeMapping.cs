using System.Globalization;
using OneWindow.PolicyLaw.Application.Catalogue;
using DomainAnswer = OneWindow.PolicyLaw.Domain.Knowledge.PolicyAnswer;
using DomainTraining = OneWindow.PolicyLaw.Domain.Knowledge.TrainingSession;

namespace OneWindow.PolicyLaw.Application.Knowledge;

internal static class KnowledgeMapping
{
    public static V1.PolicyAnswer ToContract(this DomainAnswer answer) => new()
    {
        AnswerId = answer.Id.ToString(),
        ItemCode = answer.ItemCode,
        Question = answer.Question,
        Answer = answer.Answer,
        UpdatedBy = answer.UpdatedBy,
        Centre = answer.Centre ?? string.Empty,
        UpdatedAt = answer.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    public static V1.TrainingSession ToContract(this DomainTraining session)
    {
        var contract = new V1.TrainingSession
        {
            SessionId = session.Id.ToString(),
            Title = session.Title,
            HeldOn = CatalogueMapping.Format(session.HeldOn),
            Trainer = session.Trainer,
        };
        contract.ItemCodes.AddRange(session.ItemCodes);
        contract.AttendeeStaffIds.AddRange(session.AttendeeStaffIds);
        return contract;
    }
}
