namespace OneWindow.Notification.Application.Letters;

/// <summary>What a batch printed, for the page the centre prints.</summary>
public sealed record LetterBatch(Guid Id, string CentreName, DateTimeOffset PrintedAt, IReadOnlyList<PrintedLetter> Letters, IReadOnlyList<UnprintedLetter> Unprinted);
