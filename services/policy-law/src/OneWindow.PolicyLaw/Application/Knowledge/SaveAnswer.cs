using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;
using DomainAnswer = OneWindow.PolicyLaw.Domain.Knowledge.PolicyAnswer;

namespace OneWindow.PolicyLaw.Application.Knowledge;

/// <summary>
/// A policy officer writes the department's answer to a question residents ask about an item, or revises one their
/// centre wrote; the district admin writes the district's answers and may revise any. Answers are read district-wide,
/// so another centre's answer is never overwritten (`not-your-centres-answer`, audited as denied; docs/adr/0031).
/// </summary>
public sealed class SaveAnswer(PolicyLawDbContext db, CatalogueReader catalogue, IAuditTrail audit, ITenantContext tenant, TimeProvider clock)
{
    public async Task<V1.PolicyAnswer> HandleAsync(SaveAnswerRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var centre = caller.Is(PlatformRoles.DistrictAdmin) ? null : tenant.RequireCentre();
        await catalogue.FindAsync(request.ItemCode, cancellationToken);
        var now = clock.GetUtcNow();
        DomainAnswer answer;
        if (request.AnswerId is { } id)
        {
            var answerId = Wire.ParseId(id, "answerId");
            answer = await db.PolicyAnswers.SingleOrDefaultAsync(a => a.Id == answerId, cancellationToken)
                ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-answer", "There is no such answer.", "answerId");
            try
            {
                answer.Revise(request.Question, request.Answer, caller.Subject, centre, now);
            }
            catch (DomainException refusal) when (refusal.Kind == DomainErrorKind.Forbidden)
            {
                await audit.RecordDenialAsync(new AuditEntry("save-answer", "policy-answer", answer.Id.ToString(), refusal.Code), cancellationToken);
                throw;
            }
        }
        else
        {
            answer = DomainAnswer.Create(request.ItemCode, request.Question, request.Answer, caller.Subject, centre, now);
            db.PolicyAnswers.Add(answer);
        }

        audit.Record(new AuditEntry("save-answer", "policy-answer", answer.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return answer.ToContract();
    }
}
