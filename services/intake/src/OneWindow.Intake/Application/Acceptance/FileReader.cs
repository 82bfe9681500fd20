using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Errors;
using OneWindow.Intake.Application.Catalogue;
using OneWindow.Intake.Domain.Acceptance;
using OneWindow.Intake.Persistence;
using Contract = OneWindow.Intake.V1;

namespace OneWindow.Intake.Application.Acceptance;

public sealed class FileReader(IntakeDbContext db, CatalogueReader catalogue)
{
    public static async Task<ApplicationFile> FindAsync(IntakeDbContext db, string fileId, CancellationToken cancellationToken)
    {
        var id = Wire.ParseId(fileId, "fileId");
        return await db.Files.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new DomainException(DomainErrorKind.NotFound, "unknown-file", "There is no such file in this centre.", "fileId");
    }

    public static async Task<Contract.ApplicationFile> ToContractAsync(IntakeDbContext db, ApplicationFile file, CancellationToken cancellationToken)
    {
        var bundled = await db.Files.AsNoTracking().Where(f => f.VisitId == file.VisitId && f.Id != file.Id).Select(f => f.Id).ToListAsync(cancellationToken);
        var contract = AcceptanceMapping.ToContract(file, bundled);
        var fee = await db.FeePayments.AsNoTracking().Where(p => p.FileId == file.Id).Select(p => new { p.Amount, p.ReceiptNumber }).SingleOrDefaultAsync(cancellationToken);
        if (fee is not null)
        {
            contract.FeePaid = Wire.Money(fee.Amount);
            contract.FeeReceiptNumber = fee.ReceiptNumber;
        }

        return contract;
    }

    public async Task<Contract.ApplicationFile> GetAsync(string fileId, CancellationToken cancellationToken) =>
        await ToContractAsync(db, await FindAsync(db, fileId, cancellationToken), cancellationToken);

    public async Task<Contract.Checklist> ChecklistAsync(string itemCode, CancellationToken cancellationToken)
    {
        var item = await catalogue.InForceAsync(itemCode, cancellationToken);
        var setting = await catalogue.SettingAsync(itemCode, cancellationToken);
        var checklist = new Contract.Checklist
        {
            ItemCode = item.ItemCode,
            ItemVersion = item.Version,
            Name = item.Name,
            Kind = (Contract.ItemKind)((int)item.Kind + 1),
            TimeLimitWorkingDays = item.TimeLimitWorkingDays,
            Enabled = setting?.Enabled ?? true,
            LocalNote = setting?.LocalNote ?? string.Empty,
        };
        checklist.Materials.AddRange(item.Materials.Select(AcceptanceMapping.ToContract));
        return checklist;
    }
}
