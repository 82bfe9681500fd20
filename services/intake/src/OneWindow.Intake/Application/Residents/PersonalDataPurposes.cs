namespace OneWindow.Intake.Application.Residents;

/// <summary>The purposes personal data is protected under: a value protected for one cannot be read as another.</summary>
public static class PersonalDataPurposes
{
    public const string Name = "residents.name";
    public const string IdNumber = "residents.id_number";
    public const string Phone = "residents.phone";
    public const string Address = "households.address";
}
