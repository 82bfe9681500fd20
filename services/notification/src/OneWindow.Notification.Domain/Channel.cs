namespace OneWindow.Notification.Domain;

/// <summary>How a notice reaches its recipient. One port, several channels (issue 9).</summary>
public enum Channel
{
    /// <summary>Text message to the resident's mobile phone, through the SMS provider.</summary>
    Sms,

    /// <summary>The resident's in-app inbox (residents' app, 随申办-style).</summary>
    App,

    /// <summary>A member of staff's inbox (or a role's, such as the centre's heads).</summary>
    StaffInbox,

    /// <summary>A printed letter, sent in the centre's next printed batch.</summary>
    Letter,
}
