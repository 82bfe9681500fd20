using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

/// <summary>
/// The files a window looks up: every file of the household in front of it (the resident's own and their family's,
/// so a return or a due review of any member is seen in the same visit), or the one file whose number the resident
/// reads from a receipt. Only this centre's files: row-level security keeps the others out of the query.
/// </summary>
public sealed class ListApplications(IntakeDbContext db)
{
    /// <summary>A household of many years has dozens of files; the window needs the recent ones.</summary>
    public const int Newest = 50;

    public async Task<Contract.ApplicationList> HandleAsync(Contract.ListApplicationsRequest request, CancellationToken cancellationToken)
    {
        var byNumber = !string.IsNullOrWhiteSpace(request.FileNumber);
        var byHousehold = !string.IsNullOrWhiteSpace(request.HouseholdId);
        if (byNumber == byHousehold)
        {
            throw new DomainException(DomainErrorKind.Invalid, "one-filter", "Name either a household or a file number.", byNumber ? "fileNumber" : "householdId");
        }

        await using var connection = await db.OneConnectionAsync(cancellationToken);
        var query = db.Files.AsNoTracking();
        if (byHousehold)
        {
            var household = Wire.ParseId(request.HouseholdId, "householdId");
            query = query.Where(f => f.HouseholdId == household);
        }
        else
        {
            var number = request.FileNumber.Trim().ToUpperInvariant();
            query = query.Where(f => f.FileNumber == number);
        }

        var files = await query.OrderByDescending(f => f.AcceptedAt).Take(Newest).ToListAsync(cancellationToken);
        var list = new Contract.ApplicationList();
        foreach (var file in files)
        {
            list.Files.Add(await FileReader.ToContractAsync(db, file, cancellationToken));
        }

        return list;
    }
}
