namespace OneWindow.PolicyLaw.Application;

/// <summary>The purposes personal data is protected under: a value protected for one cannot be read as another.</summary>
public static class PersonalDataPurposes
{
    /// <summary>The name on the account a benefit is paid into (收款人).</summary>
    public const string PayeeName = "policy-law.payee_name";

    /// <summary>The account a benefit is paid into.</summary>
    public const string PayeeAccount = "policy-law.payee_account";
}
