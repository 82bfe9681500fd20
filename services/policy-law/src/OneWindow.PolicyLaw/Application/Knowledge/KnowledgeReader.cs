using Microsoft.EntityFrameworkCore;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Knowledge;

/// <summary>The department's one voice: its answers found by words of a question, and who was trained on an item.</summary>
public sealed class KnowledgeReader(PolicyLawDbContext db, CatalogueReader catalogue)
{
    public async Task<SearchAnswersReply> SearchAnswersAsync(string query, string? itemCode, CancellationToken cancellationToken)
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
        reply.Answers.AddRange(found.Select(a => a.ToContract()));
        return reply;
    }

    public async Task<ListTrainingsReply> ListTrainingsAsync(string? itemCode, CancellationToken cancellationToken)
    {
        var sessions = await db.TrainingSessions.AsNoTracking()
            .Where(t => itemCode == null || t.ItemCodes.Contains(itemCode))
            .OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        var reply = new ListTrainingsReply();
        reply.Sessions.AddRange(sessions.Select(s => s.ToContract()));
        return reply;
    }

    public async Task<TrainingCoverageReply> TrainingCoverageAsync(string itemCode, CancellationToken cancellationToken)
    {
        await catalogue.FindAsync(itemCode, cancellationToken);
        var sessions = await db.TrainingSessions.AsNoTracking().Where(t => t.ItemCodes.Contains(itemCode)).ToListAsync(cancellationToken);
        var reply = new TrainingCoverageReply { ItemCode = itemCode, Sessions = sessions.Count };
        reply.TrainedStaffIds.AddRange(sessions.SelectMany(s => s.AttendeeStaffIds).Distinct().Order(StringComparer.Ordinal));
        return reply;
    }
}
