using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Intake.Application.Acceptance;
using OneWindow.Intake.V1;

namespace OneWindow.Intake.Grpc;

internal sealed class AcceptanceService(FileReader fileReader, FileEligibilityReader fileEligibility, Application.Acceptance.AcceptApplication acceptApplication, FindDueItems findDueItems, Application.Acceptance.AcceptSupplement acceptSupplement, ListApplications listApplications) : V1.Acceptance.AcceptanceBase
{
    private const string FileReaders = $"{PlatformRoles.Clerk},{PlatformRoles.Reviewer},{PlatformRoles.PolicyOfficer},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<Checklist> GetChecklist(GetChecklistRequest request, ServerCallContext context) =>
        fileReader.ChecklistAsync(request.ItemCode, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<MaterialsCheck> CheckMaterials(AcceptApplicationRequest request, ServerCallContext context) =>
        acceptApplication.CheckAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<AcceptReply> AcceptApplication(AcceptApplicationRequest request, ServerCallContext context) =>
        acceptApplication.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.Clerk},{PlatformRoles.SocialWorker},{PlatformRoles.Head},{PlatformRoles.Director}")]
    public override Task<DueItemsReply> ListDueItems(ListDueItemsRequest request, ServerCallContext context) =>
        findDueItems.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = FileReaders)]
    public override Task<ApplicationFile> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
        fileReader.GetAsync(request.FileId, context.CancellationToken);

    // The supervisor too: a time-limited file's re-check weighs whether the household qualifies.
    [Authorize(Roles = $"{FileReaders},{PlatformRoles.Supervisor}")]
    public override Task<FileEligibility> GetFileEligibility(GetFileEligibilityRequest request, ServerCallContext context) =>
        fileEligibility.ReadAsync(request.FileId, context.CancellationToken);

    [Authorize(Roles = FileReaders)]
    public override Task<ApplicationList> ListApplications(ListApplicationsRequest request, ServerCallContext context) =>
        listApplications.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Clerk)]
    public override Task<ApplicationFile> AcceptSupplement(AcceptSupplementRequest request, ServerCallContext context) =>
        acceptSupplement.HandleAsync(request, context.CancellationToken);
}

internal sealed class AcceptApplicationRequestValidator : AbstractValidator<AcceptApplicationRequest>
{
    public AcceptApplicationRequestValidator()
    {
        RuleFor(r => r.ItemCode).NotEmpty().MaximumLength(40);
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Materials).Must(m => m.Count <= 50).WithMessage("At most 50 materials.");
        RuleForEach(r => r.Materials).NotEmpty().MaximumLength(40);
        RuleFor(r => r.DeliveryMethod).IsInEnum();
    }
}

internal sealed class ListApplicationsRequestValidator : AbstractValidator<ListApplicationsRequest>
{
    public ListApplicationsRequestValidator()
    {
        RuleFor(r => r.FileNumber).MaximumLength(40);
    }
}

internal sealed class AcceptSupplementRequestValidator : AbstractValidator<AcceptSupplementRequest>
{
    public AcceptSupplementRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Materials).NotEmpty().WithMessage("Name the materials brought.");
    }
}

internal sealed class GetApplicationRequestValidator : AbstractValidator<GetApplicationRequest>
{
    public GetApplicationRequestValidator() => RuleFor(r => r.FileId).Id("fileId");
}

internal sealed class GetFileEligibilityRequestValidator : AbstractValidator<GetFileEligibilityRequest>
{
    public GetFileEligibilityRequestValidator() => RuleFor(r => r.FileId).Id("fileId");
}

internal sealed class GetChecklistRequestValidator : AbstractValidator<GetChecklistRequest>
{
    public GetChecklistRequestValidator() => RuleFor(r => r.ItemCode).NotEmpty().MaximumLength(40);
}

internal sealed class ListDueItemsRequestValidator : AbstractValidator<ListDueItemsRequest>
{
    public ListDueItemsRequestValidator()
    {
        RuleFor(r => r.HouseholdId).Id("householdId");
        RuleFor(r => r.ResidentId).OptionalId("residentId");
    }
}
