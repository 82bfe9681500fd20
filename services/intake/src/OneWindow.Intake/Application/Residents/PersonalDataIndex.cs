using OneWindow.Common.Privacy;

namespace OneWindow.Intake.Application.Residents;

/// <summary>The blind index of ID numbers, as lookups and registrations compute it.</summary>
public sealed class PersonalDataIndex(PersonalDataProtector protector)
{
    public string Of(string idNumber) => protector.BlindIndex(idNumber, PersonalDataPurposes.IdNumber);
}
