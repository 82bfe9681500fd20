namespace OneWindow.HrPayroll.Application.Staff;

/// <summary>The purposes a worker's personal data is protected under: a value protected for one cannot be read as another.</summary>
public static class PersonalDataPurposes
{
    public const string IdNumber = "staff.id_number";
    public const string BankAccount = "staff.bank_account";
}
