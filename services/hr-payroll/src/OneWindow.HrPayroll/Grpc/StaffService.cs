using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class StaffService(StaffReader staffReader, HireStaff hireStaff, ChangePost changePost, SetSkills setSkills, ApplyPromotions applyPromotions, RecordLeaving recordLeaving) : V1.Staff.StaffBase
{
    private const string Readers = $"{PlatformRoles.HrAdmin},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = Readers)]
    public override Task<ListStaffReply> ListStaff(ListStaffRequest request, ServerCallContext context) =>
        staffReader.ListAsync(request.Department, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<V1.StaffMember> GetStaff(GetStaffRequest request, ServerCallContext context) =>
        staffReader.GetAsync(request.StaffId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.StaffMember> HireStaff(HireStaffRequest request, ServerCallContext context) =>
        hireStaff.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.StaffMember> ChangePost(ChangePostRequest request, ServerCallContext context) =>
        changePost.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.StaffMember> SetSkills(SetSkillsRequest request, ServerCallContext context) =>
        setSkills.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<ListStaffReply> ApplyPromotions(ApplyPromotionsRequest request, ServerCallContext context) =>
        applyPromotions.HandleAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.StaffMember> RecordLeaving(RecordLeavingRequest request, ServerCallContext context) =>
        recordLeaving.HandleAsync(request, context.CancellationToken);
}

internal sealed class HireStaffRequestValidator : AbstractValidator<HireStaffRequest>
{
    public HireStaffRequestValidator()
    {
        RuleFor(r => r.StaffId).Matches(Rules.StaffId).WithMessage("staffId is 3 to 64 lower-case letters, digits and dashes.");
        RuleFor(r => r.Name).NotEmpty().MaximumLength(50);
        RuleFor(r => r.Department).NotEqual(V1.Department.Unspecified).IsInEnum();
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).Must(PlatformRoles.All.Contains).WithMessage("'{PropertyValue}' is not a platform role.");
        RuleFor(r => r.Tier).InclusiveBetween(1, 3).WithMessage("tier is 1, 2 or 3 (三岗).");
        RuleFor(r => r.Grade).InclusiveBetween(1, 18).WithMessage("grade is 1 to 18 (十八级).");
        RuleFor(r => r.Title).IsInEnum();
        RuleFor(r => r.HiredOn).Matches(Rules.Date).WithMessage("hiredOn is a date as yyyy-MM-dd.");
        RuleFor(r => r.IdNumber).NotEmpty().Length(18);
        RuleFor(r => r.BankAccount).Matches(@"^[0-9]{12,30}\z").WithMessage("bankAccount is 12 to 30 digits.");
    }
}

internal sealed class ChangePostRequestValidator : AbstractValidator<ChangePostRequest>
{
    public ChangePostRequestValidator()
    {
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.Department).NotEqual(V1.Department.Unspecified).IsInEnum();
        RuleFor(r => r.Roles).NotEmpty();
        RuleForEach(r => r.Roles).Must(PlatformRoles.All.Contains).WithMessage("'{PropertyValue}' is not a platform role.");
        RuleFor(r => r.Tier).InclusiveBetween(1, 3).WithMessage("tier is 1, 2 or 3 (三岗).");
        RuleFor(r => r.Grade).InclusiveBetween(1, 18).WithMessage("grade is 1 to 18 (十八级).");
        RuleFor(r => r.Title).IsInEnum();
    }
}

internal sealed class SetSkillsRequestValidator : AbstractValidator<SetSkillsRequest>
{
    public SetSkillsRequestValidator()
    {
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.ItemsAsA.Count + r.ItemsAsB.Count + r.ItemsKnown.Count).LessThanOrEqualTo(200).OverridePropertyName("itemsKnown");
    }
}

internal sealed class ApplyPromotionsRequestValidator : AbstractValidator<ApplyPromotionsRequest>
{
    public ApplyPromotionsRequestValidator() => RuleFor(r => r.AsOf).Matches(Rules.Date).WithMessage("asOf is a date as yyyy-MM-dd.");
}

internal sealed class RecordLeavingRequestValidator : AbstractValidator<RecordLeavingRequest>
{
    public RecordLeavingRequestValidator()
    {
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.LastDay).Matches(Rules.Date).WithMessage("lastDay is a date as yyyy-MM-dd.");
    }
}

internal sealed class GetStaffRequestValidator : AbstractValidator<GetStaffRequest>
{
    public GetStaffRequestValidator() =>
        RuleFor(r => r.StaffId).Matches(Rules.StaffId).WithMessage("staffId is 3 to 64 lower-case letters, digits and dashes.");
}

internal sealed class ListStaffRequestValidator : AbstractValidator<ListStaffRequest>
{
    public ListStaffRequestValidator() => RuleFor(r => r.Department).IsInEnum();
}
