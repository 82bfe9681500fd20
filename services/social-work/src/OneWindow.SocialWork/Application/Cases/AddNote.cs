using OneWindow.Audit;
using OneWindow.Common.Privacy;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>A note on a case; a sensitive one is stored encrypted and its writing audited.</summary>
public sealed class AddNote(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, PersonalDataProtector protector, TimeProvider clock)
{
    public const string NotePurpose = "case_notes.text";

    public async Task<V1.CaseNote> HandleAsync(V1.AddNoteRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var text = CaseNote.Validate(request.Text);
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        await access.EnsureMayWorkAsync(socialCase, caller, "write-note", cancellationToken);
        var stored = request.Sensitive ? protector.Protect(text, NotePurpose) : text;
        var note = CaseNote.Write(Guid.CreateVersion7(), socialCase, request.Sensitive, stored, caller.Subject, clock.GetUtcNow());
        db.Notes.Add(note);
        if (note.Sensitive)
        {
            audit.Record(new AuditEntry("write-sensitive-note", "case", socialCase.Id.ToString()));
        }

        await db.SaveAsync(cancellationToken);
        return CaseMapping.ToContract(note, text, withheld: false);
    }
}
