using Microsoft.EntityFrameworkCore;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Application.Knowledge;

/// <summary>The department's one voice: its answers found by words of a question, and who was trained on an item.</summary>
public sealed class KnowledgeReader(PolicyLawDbContext db, CatalogueReader catalogue)
{
    /// <summary>A page of the answers the words find (of one item, when asked), the latest revised first (docs/adr/0021), with how many there are.</summary>
    public async Task<SearchAnswersReply> SearchAnswersAsync(SearchAnswersRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Parse(request.PageToken);
        var itemCode = request.ItemCode;
        var terms = request.Q.Split([' ', '　', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var answers = db.PolicyAnswers.AsNoTracking().Where(a => itemCode == null || a.ItemCode == itemCode);
        foreach (var term in terms)
        {
            // ILIKE with trigram indexes; Chinese has no spaces, so each term is matched as a substring.
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            answers = answers.Where(a => EF.Functions.ILike(a.Question, pattern) || EF.Functions.ILike(a.Answer, pattern));
        }

        var total = await answers.CountAsync(cancellationToken);
        if (after is var (at, id))
        {
            answers = answers.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.UpdatedAt, a.Id), ValueTuple.Create(at, id)));
        }

        var page = await answers.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .ReadPageAsync(size, a => PageToken.After(a.UpdatedAt, a.Id), cancellationToken);
        var reply = new SearchAnswersReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Answers.AddRange(page.Rows.Select(a => a.ToContract()));
        return reply;
    }

    /// <summary>A page of the centre's sessions (of one item, when asked), the latest held first (docs/adr/0021), with how many there are.</summary>
    public async Task<ListTrainingsReply> ListTrainingsAsync(ListTrainingsRequest request, CancellationToken cancellationToken)
    {
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.ParseDay(request.PageToken);
        var itemCode = request.ItemCode;
        var query = db.TrainingSessions.AsNoTracking().Where(t => itemCode == null || t.ItemCodes.Contains(itemCode));
        var total = await query.CountAsync(cancellationToken);
        if (after is var (day, id))
        {
            query = query.Where(t => EF.Functions.LessThan(ValueTuple.Create(t.HeldOn, t.Id), ValueTuple.Create(day, id)));
        }

        var page = await query.OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id)
            .ReadPageAsync(size, t => PageToken.After(t.HeldOn, t.Id), cancellationToken);
        var reply = new ListTrainingsReply { TotalSize = total, NextPageToken = page.NextPageToken };
        reply.Sessions.AddRange(page.Rows.Select(s => s.ToContract()));
        return reply;
    }

    /// <summary>Who was trained on the item, and who attended a training of the centre but none on it, read in the database.</summary>
    public async Task<TrainingCoverageReply> TrainingCoverageAsync(string itemCode, CancellationToken cancellationToken)
    {
        await catalogue.FindAsync(itemCode, cancellationToken);
        var onItem = db.TrainingSessions.AsNoTracking().Where(t => t.ItemCodes.Contains(itemCode));
        var sessions = await onItem.CountAsync(cancellationToken);
        var trained = await onItem.SelectMany(t => t.AttendeeStaffIds).Distinct().ToListAsync(cancellationToken);
        var attended = await db.TrainingSessions.AsNoTracking().SelectMany(t => t.AttendeeStaffIds).Distinct().ToListAsync(cancellationToken);
        var reply = new TrainingCoverageReply { ItemCode = itemCode, Sessions = sessions };
        reply.TrainedStaffIds.AddRange(trained.Order(StringComparer.Ordinal));
        reply.NotYetTrainedStaffIds.AddRange(attended.Except(trained, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return reply;
    }

    /// <summary>
    /// Each item the centre's sessions covered, with its sessions and the people trained on it, counted in the database
    /// over every session (the console no longer reads them all to count).
    /// </summary>
    public async Task<SummarizeTrainingCoverageReply> SummarizeTrainingCoverageAsync(CancellationToken cancellationToken)
    {
        var items = await db.TrainingSessions.AsNoTracking()
            .SelectMany(t => t.ItemCodes, (t, item) => new { t.Id, Item = item, t.AttendeeStaffIds })
            .SelectMany(s => s.AttendeeStaffIds, (s, attendee) => new { s.Id, s.Item, Attendee = attendee })
            .GroupBy(s => s.Item)
            .OrderBy(g => g.Key)
            .Select(g => new { Item = g.Key, Sessions = g.Select(s => s.Id).Distinct().Count(), Trained = g.Select(s => s.Attendee).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var reply = new SummarizeTrainingCoverageReply();
        reply.Items.AddRange(items.Select(i => new ItemTrainingCoverage { ItemCode = i.Item, Sessions = i.Sessions, Trained = i.Trained }));
        return reply;
    }
}
