using OneWindow.PolicyLaw.V1;

namespace OneWindow.Web.Components.Knowledge;

/// <summary>A policy answer as the officer writes it: a new one for a chosen item, or the revision of one (its item stays).</summary>
public sealed class AnswerDraft
{
    public string? AnswerId { get; private init; }

    public string ItemCode { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;

    public string Answer { get; set; } = string.Empty;

    public bool IsNew => AnswerId is null;

    public static AnswerDraft New(string? itemCode) => new() { ItemCode = itemCode ?? string.Empty };

    public static AnswerDraft Of(PolicyAnswer answer) => new()
    {
        AnswerId = answer.AnswerId,
        ItemCode = answer.ItemCode,
        Question = answer.Question,
        Answer = answer.Answer,
    };

    public SaveAnswerRequest ToRequest() => new()
    {
        AnswerId = AnswerId,
        ItemCode = ItemCode,
        Question = Question.Trim(),
        Answer = Answer.Trim(),
    };
}
