namespace OneWindow.Review.Domain.Joint;

/// <summary>
/// An outside department a joint item (外部会同办件) is handled with: who, how to reach them and how
/// many working days they are normally given to reply. District data, kept by review.
/// </summary>
public sealed class JointDepartment
{
    private JointDepartment()
    {
    }

    public Guid Id { get; private set; }

    public string ItemCode { get; private set; } = string.Empty;

    public string Department { get; private set; } = string.Empty;

    public string Contact { get; private set; } = string.Empty;

    /// <summary>How the request travels, e.g. <c>政务协同平台</c>, <c>公函</c>, <c>传真</c>.</summary>
    public string Channel { get; private set; } = string.Empty;

    public int ReplyWorkingDays { get; private set; }

    public static JointDepartment Of(string itemCode, string department, string contact, string channel, int replyWorkingDays) => new()
    {
        Id = Guid.CreateVersion7(),
        ItemCode = itemCode,
        Department = department,
        Contact = contact,
        Channel = channel,
        ReplyWorkingDays = replyWorkingDays,
    };
}
