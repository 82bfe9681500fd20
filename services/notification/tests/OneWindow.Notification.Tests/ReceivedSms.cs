namespace OneWindow.Notification.Tests;

/// <summary>One message as the fake Tencent took it: our reference (the session context), the number, the template and its parameters, the text Tencent would render, and the serial number it gave.</summary>
public sealed record ReceivedSms(string Reference, string To, string TemplateId, IReadOnlyList<string> Parameters, string Text, string SerialNo);
