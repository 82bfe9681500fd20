using Microsoft.EntityFrameworkCore;
using OneWindow.Audit;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Application.Cases;

/// <summary>The case's sensitive notes, decrypted, for its workers and the head; the reading is audited, a refusal too.</summary>
public sealed class ReadSensitiveNotes(SocialWorkDbContext db, CaseAccess access, IAuditTrail audit, PersonalDataProtector protector)
{
    public async Task<V1.SensitiveNotesReply> HandleAsync(V1.ReadSensitiveNotesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var socialCase = await access.CaseAsync(Wire.ParseId(request.CaseId, "caseId"), cancellationToken);
        if (!socialCase.MaySeeSensitiveNotes(caller.Subject, caller.IsDepartmentHead))
        {
            await audit.RecordDenialAsync(new AuditEntry("read-sensitive-notes", "case", socialCase.Id.ToString(), "not-on-case"), cancellationToken);
            throw new DomainException(DomainErrorKind.Forbidden, "not-on-case", "Sensitive notes are for the case's workers and the department head only.", "caseId");
        }

        var notes = await db.Notes.AsNoTracking().Where(n => n.CaseId == socialCase.Id && n.Sensitive).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        audit.Record(new AuditEntry("read-sensitive-notes", "case", socialCase.Id.ToString(), $"{notes.Count} note(s)"));
        await db.SaveAsync(cancellationToken);
        var reply = new V1.SensitiveNotesReply();
        reply.Notes.AddRange(notes.Select(n => CaseMapping.ToContract(n, protector.Unprotect(n.Text, AddNote.NotePurpose), withheld: false)));
        return reply;
    }
}
