namespace OneWindow.Notification.Application;

/// <summary>The purposes personal data is protected under: a value protected for one cannot be read as another.</summary>
public static class PersonalDataPurposes
{
    /// <summary>The mobile number a text went to, kept with its delivery so a retry does not ask intake again.</summary>
    public const string SmsAddress = "notification.sms_address";

    /// <summary>The household's address on a home delivery task, for the grid manager who brings the result.</summary>
    public const string DeliveryAddress = "notification.delivery_address";

    /// <summary>Who took a home delivery (签收人).</summary>
    public const string DeliveryRecipient = "notification.delivery_recipient";
}
