namespace OneWindow.PolicyLaw.Application.Disbursement;

/// <summary>A payee as staff see it: the name and the account masked.</summary>
public sealed record PayeeView(string Name, string Account);
