using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>Records the household's situation as the assessment found it (needs, risk, health, housing, work).</summary>
public sealed class DescribeSituation(SocialWorkDbContext db, CaseAccess access, TimeProvider clock)
{
    public async Task<V1.Case> HandleAsync(V1.DescribeSituationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var situation = CaseMapping.ToDomain(request.Situation);
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "describe-situation", cancellationToken);
        socialCase.DescribeSituation(situation, clock.GetUtcNow());
        await db.SaveAsync(cancellationToken);
        return await CaseReader.ToContractAsync(db, socialCase, cancellationToken);
    }
}
