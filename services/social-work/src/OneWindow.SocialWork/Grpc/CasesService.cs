using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class CasesService(
    OpenCase openCase, CaseReader caseReader, AdvanceCase advanceCase, CloseCase closeCase, AssignWorker assignWorker,
    DescribeSituation describeSituation, AddNote addNote, ReadSensitiveNotes readSensitiveNotes) : Cases.CasesBase
{
    public override Task<Case> OpenCase(OpenCaseRequest request, ServerCallContext context) =>
        openCase.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListCasesReply> ListCases(ListCasesRequest request, ServerCallContext context) =>
        caseReader.ListAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> GetCase(GetCaseRequest request, ServerCallContext context) =>
        caseReader.GetAsync(request, context.CancellationToken);

    public override Task<Case> AdvanceCase(AdvanceCaseRequest request, ServerCallContext context) =>
        advanceCase.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> CloseCase(CloseCaseRequest request, ServerCallContext context) =>
        closeCase.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> AssignWorker(AssignWorkerRequest request, ServerCallContext context) =>
        assignWorker.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> DescribeSituation(DescribeSituationRequest request, ServerCallContext context) =>
        describeSituation.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<CaseNote> AddNote(AddNoteRequest request, ServerCallContext context) =>
        addNote.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<SensitiveNotesReply> ReadSensitiveNotes(ReadSensitiveNotesRequest request, ServerCallContext context) =>
        readSensitiveNotes.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class OpenCaseRequestValidator : AbstractValidator<OpenCaseRequest>
{
    public OpenCaseRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(2_000);
        RuleFor(r => r.LeadWorker).MaximumLength(64);
    }
}

internal sealed class AssignWorkerRequestValidator : AbstractValidator<AssignWorkerRequest>
{
    public AssignWorkerRequestValidator()
    {
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.StaffId).Matches(@"^[a-z][a-z0-9-]{1,63}\z").WithMessage("staffId is 2 to 64 lower-case letters, digits and dashes.");
    }
}

internal sealed class AddNoteRequestValidator : AbstractValidator<AddNoteRequest>
{
    public AddNoteRequestValidator()
    {
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.Text).NotEmpty().MaximumLength(4_000);
    }
}

internal sealed class GetCaseRequestValidator : AbstractValidator<GetCaseRequest>
{
    public GetCaseRequestValidator() => RuleFor(r => r.CaseId).Id("caseId");
}

internal sealed class ReadSensitiveNotesRequestValidator : AbstractValidator<ReadSensitiveNotesRequest>
{
    public ReadSensitiveNotesRequestValidator() => RuleFor(r => r.CaseId).Id("caseId");
}

internal sealed class AdvanceCaseRequestValidator : AbstractValidator<AdvanceCaseRequest>
{
    public AdvanceCaseRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.To).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}

internal sealed class CloseCaseRequestValidator : AbstractValidator<CloseCaseRequest>
{
    public CloseCaseRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.ClosureReason).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}

internal sealed class DescribeSituationRequestValidator : AbstractValidator<DescribeSituationRequest>
{
    public DescribeSituationRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.Situation.Needs).Must(n => n.Count <= 200).When(r => r.Situation is not null).WithMessage("situation.needs holds at most 200 entries.");
        RuleFor(r => r.Situation.Risks).Must(n => n.Count <= 200).When(r => r.Situation is not null).WithMessage("situation.risks holds at most 200 entries.");
        RuleFor(r => r.Situation.Summary).MaximumLength(1_000).When(r => r.Situation is not null);
        RuleFor(r => r.Situation.MonthlyIncome).Matches(@"\A[0-9]{1,10}(\.[0-9]{1,2})?\z").When(r => r.Situation?.MonthlyIncome is not null)
            .WithMessage("situation.monthlyIncome is an amount in yuan such as \"4200.00\".");
    }
}

internal sealed class ListCasesRequestValidator : AbstractValidator<ListCasesRequest>
{
    public ListCasesRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.HouseholdId).OptionalId("householdId");
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
