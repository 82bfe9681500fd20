using FluentValidation;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

// Shape checks that name every offending field at once, before any use case runs; rules live in the domain.

internal sealed class OpenCaseRequestValidator : AbstractValidator<OpenCaseRequest>
{
    public OpenCaseRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(2_000);
        RuleFor(r => r.LeadWorker).MaximumLength(64);
    }
}

internal sealed class MakeReferralRequestValidator : AbstractValidator<MakeReferralRequest>
{
    public MakeReferralRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Source).NotEqual(ReferralSource.Unspecified).IsInEnum();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1_000);
        RuleFor(r => r.ItemCode).MaximumLength(40);
    }
}

internal sealed class AssignWorkerRequestValidator : AbstractValidator<AssignWorkerRequest>
{
    public AssignWorkerRequestValidator()
    {
        RuleFor(r => r.CaseId).NotEmpty();
        RuleFor(r => r.StaffId).Matches("^[a-z][a-z0-9-]{1,63}$").WithMessage("staffId is 2 to 64 lower-case letters, digits and dashes.");
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

internal sealed class RecordVisitRequestValidator : AbstractValidator<RecordVisitRequest>
{
    public RecordVisitRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.Purpose).NotEqual(VisitPurpose.Unspecified).IsInEnum();
        RuleFor(r => r.VisitedAt).NotEmpty();
        RuleFor(r => r.Findings).NotEmpty().MaximumLength(4_000);
    }
}

internal sealed class RegisterResourceRequestValidator : AbstractValidator<RegisterResourceRequest>
{
    public RegisterResourceRequestValidator()
    {
        RuleFor(r => r.Kind).NotEqual(ResourceKind.Unspecified).IsInEnum();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Services).NotEmpty();
        RuleForEach(r => r.Services).NotEqual(Need.Unspecified).IsInEnum();
        RuleFor(r => r.Capacity).InclusiveBetween(1, 10_000);
        RuleFor(r => r.ContactName).NotEmpty().MaximumLength(50);
        RuleFor(r => r.ContactPhone).NotEmpty().MaximumLength(30);
        RuleFor(r => r.Description).MaximumLength(1_000);
        RuleFor(r => r.Address).MaximumLength(200);
    }
}

internal sealed class RecordSurveyRequestValidator : AbstractValidator<RecordSurveyRequest>
{
    public RecordSurveyRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Employment).NotEqual(EmploymentStatus.Unspecified).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}

internal sealed class RecommendJobRequestValidator : AbstractValidator<RecommendJobRequest>
{
    public RecommendJobRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Position).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Employer).NotEmpty().When(r => string.IsNullOrEmpty(r.EmployerResourceId)).WithMessage("employer or employerResourceId is required.");
    }
}
