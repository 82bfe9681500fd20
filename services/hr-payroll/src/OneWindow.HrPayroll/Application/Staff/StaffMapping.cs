using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.HrPayroll.Domain.Staff;
using Vocabulary = OneWindow.Common.Vocabulary;

namespace OneWindow.HrPayroll.Application.Staff;

internal static class StaffMapping
{
    public static Vocabulary.Department ToDomain(this V1.Department department) => department switch
    {
        V1.Department.FrontWindows => Vocabulary.Department.FrontWindows,
        V1.Department.FirstReview => Vocabulary.Department.FirstReview,
        V1.Department.PolicyAndLaw => Vocabulary.Department.PolicyAndLaw,
        V1.Department.SocialWork => Vocabulary.Department.SocialWork,
        V1.Department.Grid => Vocabulary.Department.Grid,
        V1.Department.CentreManagement => Vocabulary.Department.CentreManagement,
        _ => throw new DomainException(DomainErrorKind.Invalid, "department-required", "department is required.", "department"),
    };

    public static V1.Department ToContract(this Vocabulary.Department department) => (V1.Department)((int)department + 1);

    public static ProfessionalTitle ToDomain(this V1.ProfessionalTitle title) => (ProfessionalTitle)(int)title;

    public static V1.StaffMember ToContract(this StaffMember member, PersonalDataProtector protector)
    {
        var contract = new V1.StaffMember
        {
            StaffId = member.StaffId,
            Name = member.Name,
            Department = member.Department.ToContract(),
            Grid = member.Grid,
            CommunityWorker = member.CommunityWorker,
            Tier = (int)member.Tier,
            Grade = member.Grade,
            Title = (V1.ProfessionalTitle)(int)member.Title,
            HiredOn = Wire.Day(member.HiredOn),
            LastDay = member.LastDay is { } last ? Wire.Day(last) : null,
            IdNumber = Masking.ResidentId(protector.Unprotect(member.IdNumberProtected, PersonalDataPurposes.IdNumber)),
            BankAccount = Masking.Phone(protector.Unprotect(member.BankAccountProtected, PersonalDataPurposes.BankAccount)),
        };
        contract.Roles.AddRange(member.Roles);
        contract.ItemsAsA.AddRange(member.ItemsAsA);
        contract.ItemsAsB.AddRange(member.ItemsAsB);
        contract.ItemsKnown.AddRange(member.ItemsKnown);
        return contract;
    }
}
