using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainAnswer = OneWindow.PolicyLaw.Domain.Knowledge.PolicyAnswer;
using DomainTraining = OneWindow.PolicyLaw.Domain.Knowledge.TrainingSession;

namespace OneWindow.PolicyLaw.Application.Knowledge;

/// <summary>The consultation window's answers and the department's training records.</summary>
public sealed class ManageKnowledge(PolicyLawDbContext db, CatalogueReader catalogue, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<SearchAnswersReply> SearchAsync(string query, string? itemCode, CancellationToken cancellationToken)
    {
        var terms = query.Split([' ', '　', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var answers = db.PolicyAnswers.AsNoTracking().Where(a => itemCode == null || a.ItemCode == itemCode);
        foreach (var term in terms)
        {
            // ILIKE with trigram indexes; Chinese has no spaces, so each term is matched as a substring.
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            answers = answers.Where(a => EF.Functions.ILike(a.Question, pattern) || EF.Functions.ILike(a.Answer, pattern));
        }

        var found = await answers.OrderByDescending(a => a.UpdatedAt).Take(50).ToListAsync(cancellationToken);
        var reply = new SearchAnswersReply();
        reply.Answers.AddRange(found.Select(ToContract));
        return reply;
    }

    public async Task<V1.PolicyAnswer> SaveAsync(SaveAnswerRequest request, string by, CancellationToken cancellationToken)
    {
        await catalogue.FindAsync(request.ItemCode, cancellationToken);
        var now = clock.GetUtcNow();
        DomainAnswer answer;
        if (request.AnswerId is { } id)
        {
            var answerId = Guid.TryParse(id, out var parsed) ? parsed : throw new DomainException(DomainErrorKind.Invalid, "invalid-id", "answerId is an id (a GUID).", "answerId");
            answer = await db.PolicyAnswers.SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken)
                ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-answer", "There is no such answer.", "answerId");
            answer.Revise(request.Question, request.Answer, by, now);
        }
        else
        {
            answer = DomainAnswer.Create(request.ItemCode, request.Question, request.Answer, by, now);
            db.PolicyAnswers.Add(answer);
        }

        audit.Record(new AuditEntry("save-answer", "policy-answer", answer.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(answer);
    }

    public async Task<V1.TrainingSession> RecordTrainingAsync(RecordTrainingRequest request, string trainer, CancellationToken cancellationToken)
    {
        tenant.RequireCentre();
        foreach (var code in request.ItemCodes.Distinct())
        {
            await catalogue.FindAsync(code, cancellationToken);
        }

        var session = DomainTraining.Record(request.Title, CatalogueMapping.ParseDate(request.HeldOn, "heldOn"), ChinaTime.Today(clock), request.ItemCodes, request.AttendeeStaffIds, trainer);
        db.TrainingSessions.Add(session);
        audit.Record(new AuditEntry("record-training", "training-session", session.Id.ToString(), session.Title));
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(session);
    }

    public async Task<TrainingCoverageReply> CoverageAsync(string itemCode, CancellationToken cancellationToken)
    {
        await catalogue.FindAsync(itemCode, cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(t => t.ItemCodes.Contains(itemCode)).ToListAsync(cancellationToken);
        var reply = new TrainingCoverageReply { ItemCode = itemCode, Sessions = sessions.Count };
        reply.TrainedStaffIds.AddRange(sessions.SelectMany(s => s.AttendeeStaffIds).Distinct().Order(StringComparer.Ordinal));
        return reply;
    }

    private static V1.PolicyAnswer ToContract(DomainAnswer answer) => new()
    {
        AnswerId = answer.Id.ToString(),
        ItemCode = answer.ItemCode,
        Question = answer.Question,
        Answer = answer.Answer,
        UpdatedBy = answer.UpdatedBy,
        UpdatedAt = answer.UpdatedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    private static V1.TrainingSession ToContract(DomainTraining session)
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
